package io.aftersales.warranty.domain;

import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.StoreVisibility;
import io.aftersales.warranty.OldPartStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A part taken off under warranty (旧件), tagged with its claim and the work order line it came off. It is stored in a
 * bin of the old-part store, then shipped back to the maker with a shipment (回运单) or scrapped at its word; once
 * shipped or scrapped it stays so.
 */
@Entity
@Table(name = "old_part")
@Filter(name = StoreVisibility.FILTER)
public class OldPart {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID storeId;
    private String tag;
    private UUID warrantyClaimId;
    private UUID workOrderId;
    private UUID workOrderLineId;
    private @Nullable UUID partId;
    private @Nullable String partNumber;
    private String description;
    private BigDecimal quantity;
    private @Nullable UUID issueMovementId;

    @Enumerated(EnumType.STRING)
    private OldPartStatus status;

    private @Nullable String bin;
    private @Nullable String shipment;
    private @Nullable String scrapReason;
    private Instant taggedAt;
    private @Nullable Instant storedAt;
    private @Nullable UUID storedBy;
    private @Nullable Instant shippedAt;
    private @Nullable UUID shippedBy;

    @Version
    private @Nullable Long version;

    protected OldPart() {
        this.id = Ids.newId();
        this.organizationId = Ids.newId();
        this.storeId = Ids.newId();
        this.tag = "";
        this.warrantyClaimId = Ids.newId();
        this.workOrderId = Ids.newId();
        this.workOrderLineId = Ids.newId();
        this.description = "";
        this.quantity = BigDecimal.ONE;
        this.status = OldPartStatus.TAGGED;
        this.taggedAt = Instant.EPOCH;
    }

    public OldPart(
            UUID organizationId,
            UUID storeId,
            String tag,
            UUID warrantyClaimId,
            UUID workOrderId,
            WarrantyClaim.Line line,
            Instant now) {
        this();
        this.organizationId = organizationId;
        this.storeId = storeId;
        this.tag = tag;
        this.warrantyClaimId = warrantyClaimId;
        this.workOrderId = workOrderId;
        this.workOrderLineId = line.workOrderLineId();
        this.partId = line.partId();
        this.partNumber = line.partNumber();
        this.description = line.description();
        this.quantity = line.quantity();
        this.issueMovementId = line.issueMovementId();
        this.taggedAt = now;
    }

    /** Put in (or moved to) a bin of the old-part store. */
    public void store(String bin, UUID by, Instant now) {
        if (status != OldPartStatus.TAGGED && status != OldPartStatus.STORED) {
            throw new DomainException("illegal-transition", "oldPart.illegalTransition", tag, status.name());
        }
        if (bin.isBlank()) {
            throw new InvalidInputException("bin", "oldPart.binRequired");
        }
        this.status = OldPartStatus.STORED;
        this.bin = bin.trim();
        this.storedAt = now;
        this.storedBy = by;
    }

    /** Shipped back to the maker; it must have been stored first (checked in, so it can be found). */
    public void ship(String shipment, UUID by, Instant now) {
        if (status != OldPartStatus.STORED) {
            throw new DomainException("illegal-transition", "oldPart.illegalTransition", tag, status.name());
        }
        if (shipment.isBlank()) {
            throw new InvalidInputException("shipment", "oldPart.shipmentRequired");
        }
        this.status = OldPartStatus.SHIPPED;
        this.shipment = shipment.trim();
        this.shippedAt = now;
        this.shippedBy = by;
    }

    /** The maker does not want it back: scrapped here, with why. */
    public void scrap(String reason, UUID by, Instant now) {
        if (status == OldPartStatus.SHIPPED || status == OldPartStatus.SCRAPPED) {
            throw new DomainException("illegal-transition", "oldPart.illegalTransition", tag, status.name());
        }
        if (reason.isBlank()) {
            throw new InvalidInputException("reason", "oldPart.reasonRequired");
        }
        this.status = OldPartStatus.SCRAPPED;
        this.scrapReason = reason.trim();
        this.shippedAt = now;
        this.shippedBy = by;
    }

    public UUID id() {
        return id;
    }

    public UUID storeId() {
        return storeId;
    }

    public String tag() {
        return tag;
    }

    public UUID warrantyClaimId() {
        return warrantyClaimId;
    }

    public UUID workOrderId() {
        return workOrderId;
    }

    public UUID workOrderLineId() {
        return workOrderLineId;
    }

    public @Nullable UUID partId() {
        return partId;
    }

    public @Nullable String partNumber() {
        return partNumber;
    }

    public String description() {
        return description;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public @Nullable UUID issueMovementId() {
        return issueMovementId;
    }

    public OldPartStatus status() {
        return status;
    }

    public @Nullable String bin() {
        return bin;
    }

    public @Nullable String shipment() {
        return shipment;
    }

    public @Nullable String scrapReason() {
        return scrapReason;
    }

    public Instant taggedAt() {
        return taggedAt;
    }

    public @Nullable Instant storedAt() {
        return storedAt;
    }

    public @Nullable Instant shippedAt() {
        return shippedAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
