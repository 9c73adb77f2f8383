package io.aftersales.inventory.domain;

import io.aftersales.inventory.NewPart;
import io.aftersales.inventory.PartView;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.PartId;
import io.aftersales.shared.domain.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A part of the catalogue, organisation-wide; its stock is kept per store by the ledger. */
@Entity
@Table(name = "part")
public class Part {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private String number;
    private String name;
    private String nameLower;
    private @Nullable String brand;
    private boolean genuine;
    private @Nullable String supplier;
    private String unit;
    private BigDecimal cost;
    private BigDecimal listPrice;
    private @Nullable String barcode;
    private @Nullable String fitsModels;
    private @Nullable UUID supersededBy;
    private Instant createdAt;

    @Version
    private @Nullable Long version;

    protected Part() {
        this.id = Ids.newId();
        this.organizationId = new UUID(0, 0);
        this.number = "";
        this.name = "";
        this.nameLower = "";
        this.unit = "件";
        this.cost = BigDecimal.ZERO;
        this.listPrice = BigDecimal.ZERO;
        this.createdAt = Instant.EPOCH;
    }

    public Part(UUID organizationId, NewPart request, Instant now) {
        this();
        this.organizationId = organizationId;
        this.createdAt = now;
        describe(request);
    }

    public void describe(NewPart request) {
        this.number = normalizeNumber(request.number());
        this.name = request.name().trim();
        this.nameLower = name.toLowerCase(Locale.ROOT);
        this.brand = blankToNull(request.brand());
        this.genuine = Boolean.TRUE.equals(request.genuine());
        this.supplier = blankToNull(request.supplier());
        this.unit = request.unit() == null || request.unit().isBlank()
                ? "件"
                : request.unit().trim();
        this.cost = request.cost().setScale(2, RoundingMode.HALF_UP);
        this.listPrice = request.listPrice().setScale(2, RoundingMode.HALF_UP);
        this.barcode = blankToNull(request.barcode());
        this.fitsModels = blankToNull(request.fitsModels());
        this.supersededBy = Identifier.valueOf(request.supersededBy());
    }

    /** Part numbers are compared without spaces and in upper case: {@code 06k 109 479a} is {@code 06K109479A}. */
    public static String normalizeNumber(String raw) {
        return raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public PartView toView() {
        return new PartView(
                new PartId(id),
                number,
                name,
                brand,
                genuine,
                supplier,
                unit,
                cost,
                listPrice,
                barcode,
                fitsModels,
                Identifier.of(supersededBy, PartId::new),
                createdAt,
                version());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
