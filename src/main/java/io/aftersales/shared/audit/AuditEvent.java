package io.aftersales.shared.audit;

import io.aftersales.shared.domain.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * One line of the audit trail; written once, never changed. Always new when saved ({@link Persistable}), so saving
 * it is one insert, not a select first to see whether it exists.
 */
@Entity
@Table(name = "audit_event")
class AuditEvent implements Persistable<UUID> {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private @Nullable UUID storeId;
    private @Nullable UUID actorId;
    private String actorName;
    private String action;
    private String entityType;
    private String entityId;
    private @Nullable String detail;
    private Instant occurredAt;

    @Transient
    private boolean persisted;

    protected AuditEvent() {
        this.id = Ids.newId();
        this.organizationId = new UUID(0, 0);
        this.actorName = "";
        this.action = "";
        this.entityType = "";
        this.entityId = "";
        this.occurredAt = Instant.EPOCH;
    }

    AuditEvent(
            UUID organizationId,
            @Nullable UUID storeId,
            @Nullable UUID actorId,
            String actorName,
            String action,
            String entityType,
            String entityId,
            @Nullable String detail,
            Instant occurredAt) {
        this.id = Ids.newId();
        this.organizationId = organizationId;
        this.storeId = storeId;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.detail = detail;
        this.occurredAt = occurredAt;
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, storeId, actorId, actorName, action, entityType, entityId, detail, occurredAt);
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !persisted;
    }

    @PostLoad
    @PostPersist
    void markPersisted() {
        this.persisted = true;
    }
}
