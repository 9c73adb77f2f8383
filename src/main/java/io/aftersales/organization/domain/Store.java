package io.aftersales.organization.domain;

import io.aftersales.organization.Letterhead;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A branch of an organisation. Operational records (work orders, stock, follow-ups) belong to one store. */
@Entity
@Table(name = "store")
public class Store {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private String code;
    private String name;
    private String timeZone;
    private boolean active;
    private Instant createdAt;
    private @Nullable String companyName;
    private @Nullable String address;
    private @Nullable String phone;
    private @Nullable String taxNumber;
    private @Nullable String logoType;

    @Version
    private @Nullable Long version;

    protected Store() {
        this.id = Ids.newId();
        this.organizationId = new UUID(0, 0);
        this.code = "";
        this.name = "";
        this.timeZone = "UTC";
        this.createdAt = Instant.EPOCH;
    }

    public Store(UUID organizationId, String code, String name, ZoneId timeZone, Instant createdAt) {
        this.id = Ids.newId();
        this.organizationId = organizationId;
        this.code = code.trim().toUpperCase(Locale.ROOT);
        this.name = name.trim();
        this.timeZone = timeZone.getId();
        this.active = true;
        this.createdAt = createdAt;
    }

    public void update(String name, ZoneId timeZone, boolean active) {
        this.name = name.trim();
        this.timeZone = timeZone.getId();
        this.active = active;
    }

    /** Blank parts are left empty; the tax number is kept in capitals, as it is registered. */
    public void letterhead(Letterhead letterhead) {
        this.companyName = blankToNull(letterhead.companyName());
        this.address = blankToNull(letterhead.address());
        this.phone = blankToNull(letterhead.phone());
        String tax = blankToNull(letterhead.taxNumber());
        this.taxNumber = tax == null ? null : tax.toUpperCase(Locale.ROOT);
    }

    /** The type of the logo kept for this store, or {@code null} when it has none. */
    public void logoType(@Nullable String logoType) {
        this.logoType = logoType;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID organizationId() {
        return organizationId;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public StoreView toView() {
        return new StoreView(
                new StoreId(id),
                code,
                name,
                timeZone,
                active,
                new Letterhead(companyName, address, phone, taxNumber),
                logoType != null,
                version());
    }
}
