package io.aftersales.asset.domain;

import io.aftersales.asset.AssetId;
import io.aftersales.asset.AssetKind;
import io.aftersales.asset.AssetView;
import io.aftersales.asset.NewAsset;
import io.aftersales.asset.Vin;
import io.aftersales.asset.WarrantyAnswer;
import io.aftersales.customer.CustomerId;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.domain.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A vehicle or a piece of equipment, owned by one customer at a time, with its mileage and ownership history. */
@Entity
@Table(name = "asset")
public class Asset {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID customerId;

    @Enumerated(EnumType.STRING)
    private AssetKind kind;

    private @Nullable String vin;
    private @Nullable String vinLast6;
    private @Nullable String plate;
    private @Nullable String serialNumber;
    private @Nullable String brand;
    private @Nullable String model;
    private @Nullable Integer modelYear;
    private @Nullable String colour;
    private @Nullable String energyType;
    private @Nullable LocalDate purchaseDate;
    private @Nullable LocalDate installedOn;
    private @Nullable String site;
    private @Nullable UUID parentId;
    private @Nullable LocalDate warrantyStart;
    private @Nullable LocalDate warrantyEnd;
    private @Nullable Integer warrantyMileage;
    private @Nullable Integer mileage;
    private Instant createdAt;

    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "asset_mileage", joinColumns = @JoinColumn(name = "asset_id"))
    @OrderColumn(name = "position")
    private List<MileageReading> mileageReadings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "asset_owner_change", joinColumns = @JoinColumn(name = "asset_id"))
    @OrderColumn(name = "position")
    private List<OwnerChange> ownerChanges = new ArrayList<>();

    protected Asset() {
        this.id = Ids.newId();
        this.organizationId = new UUID(0, 0);
        this.customerId = new UUID(0, 0);
        this.kind = AssetKind.VEHICLE;
        this.createdAt = Instant.EPOCH;
    }

    /**
     * Checks and normalises the identifiers: a vehicle needs a valid VIN or plate, equipment a serial number.
     *
     * @param customerId the owner (the request's own customer ID may be empty when the owner is new)
     */
    public Asset(UUID organizationId, UUID customerId, NewAsset request, Instant now) {
        this.id = Ids.newId();
        this.organizationId = organizationId;
        this.customerId = customerId;
        this.kind = request.kind();
        this.vin = blank(request.vin()) ? null : Vin.normalize(request.vin());
        this.vinLast6 = vin == null ? null : vin.substring(11);
        this.plate = blank(request.plate()) ? null : LicensePlate.normalize(request.plate());
        this.serialNumber =
                blank(request.serialNumber()) ? null : request.serialNumber().trim();
        if (kind == AssetKind.VEHICLE && vin == null && plate == null) {
            throw new InvalidInputException("vin", "asset.vehicleNeedsVinOrPlate");
        }
        if (kind == AssetKind.EQUIPMENT && serialNumber == null) {
            throw new InvalidInputException("serialNumber", "asset.equipmentNeedsSerial");
        }
        if (request.warrantyStart() != null
                && request.warrantyEnd() != null
                && request.warrantyEnd().isBefore(request.warrantyStart())) {
            throw new InvalidInputException("warrantyEnd", "asset.warrantyEndsBeforeStart");
        }
        this.brand = trim(request.brand());
        this.model = trim(request.model());
        this.modelYear = request.modelYear();
        this.colour = trim(request.colour());
        this.energyType = trim(request.energyType());
        this.purchaseDate = request.purchaseDate();
        this.installedOn = request.installedOn();
        this.site = trim(request.site());
        this.parentId = Identifier.valueOf(request.parentId());
        this.warrantyStart = request.warrantyStart();
        this.warrantyEnd = request.warrantyEnd();
        this.warrantyMileage = request.warrantyMileage();
        this.createdAt = now;
        if (request.mileage() != null) {
            recordMileage(request.mileage(), now, null);
        }
    }

    /** Readings never go down, unless a reason says why (a new instrument cluster, a typing error corrected). */
    public void recordMileage(int reading, Instant readAt, @Nullable String reason) {
        if (reading < 0) {
            throw new InvalidInputException("mileage", "asset.negativeMileage");
        }
        if (mileage != null && reading < mileage && blank(reason)) {
            throw new DomainException("mileage-decreasing", "asset.mileageDecreasing", reading, mileage);
        }
        mileageReadings.add(new MileageReading(reading, readAt, trim(reason)));
        this.mileage = reading;
    }

    public void transferTo(UUID newOwner, Instant when, @Nullable String reason) {
        if (newOwner.equals(customerId)) {
            return;
        }
        ownerChanges.add(new OwnerChange(customerId, newOwner, when, trim(reason)));
        this.customerId = newOwner;
    }

    /** Covered on {@code date} at {@code atMileage} (the last recorded mileage when none is given)? */
    public WarrantyAnswer warrantyOn(LocalDate date, @Nullable Integer atMileage) {
        Integer reading = atMileage != null ? atMileage : mileage;
        String reason;
        if (warrantyEnd == null && warrantyMileage == null) {
            reason = "NO_WARRANTY";
        } else if (warrantyStart != null && date.isBefore(warrantyStart)) {
            reason = "NOT_STARTED";
        } else if (warrantyEnd != null && date.isAfter(warrantyEnd)) {
            reason = "EXPIRED";
        } else if (warrantyMileage != null && reading != null && reading > warrantyMileage) {
            reason = "MILEAGE_EXCEEDED";
        } else {
            reason = "COVERED";
        }
        return new WarrantyAnswer("COVERED".equals(reason), reason, date, reading, warrantyEnd, warrantyMileage);
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public @Nullable String vin() {
        return vin;
    }

    public @Nullable String plate() {
        return plate;
    }

    public @Nullable String serialNumber() {
        return serialNumber;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public AssetKind kind() {
        return kind;
    }

    public @Nullable String brand() {
        return brand;
    }

    public @Nullable String model() {
        return model;
    }

    /** What people call this asset by (see {@link AssetView#label()}), without loading its history. */
    public String label() {
        return AssetView.labelOf(new AssetId(id), plate, serialNumber, vin);
    }

    public AssetView toView() {
        return new AssetView(
                new AssetId(id),
                Identifier.of(customerId, CustomerId::new),
                kind,
                vin,
                plate,
                serialNumber,
                brand,
                model,
                modelYear,
                colour,
                energyType,
                purchaseDate,
                installedOn,
                site,
                Identifier.of(parentId, AssetId::new),
                warrantyStart,
                warrantyEnd,
                warrantyMileage,
                mileage,
                mileageReadings.stream()
                        .map(r -> new AssetView.MileageReadingView(r.mileage(), r.readAt(), r.reason()))
                        .toList(),
                ownerChanges.stream()
                        .map(c -> new AssetView.OwnerChangeView(
                                new CustomerId(c.fromCustomer()),
                                new CustomerId(c.toCustomer()),
                                c.changedAt(),
                                c.reason()))
                        .toList(),
                createdAt,
                version());
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable String trim(@Nullable String value) {
        return blank(value) ? null : value.trim();
    }
}
