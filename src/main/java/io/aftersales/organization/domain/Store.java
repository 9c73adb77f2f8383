package io.aftersales.organization.domain;

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
        return new StoreView(new StoreId(id), code, name, timeZone, active, version());
    }
}
