package io.aftersales.standards.domain;

import io.aftersales.shared.domain.Ids;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A photo taken during an audit (the state of a bay, a desk), kept in the database with its type read from it. */
@Entity
@Table(name = "store_audit_photo")
public class AuditPhoto {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID storeAuditId;
    private @Nullable String caption;
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data")
    private byte[] data;

    private Instant createdAt;

    protected AuditPhoto() {
        this.id = Ids.newId();
        this.organizationId = Ids.newId();
        this.storeAuditId = Ids.newId();
        this.contentType = "image/jpeg";
        this.data = new byte[0];
        this.createdAt = Instant.EPOCH;
    }

    public AuditPhoto(
            UUID organizationId,
            UUID storeAuditId,
            @Nullable String caption,
            String contentType,
            byte[] data,
            Instant now) {
        this();
        this.organizationId = organizationId;
        this.storeAuditId = storeAuditId;
        this.caption = caption == null || caption.isBlank() ? null : caption.trim();
        this.contentType = contentType;
        this.data = data.clone();
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID storeAuditId() {
        return storeAuditId;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] data() {
        return data.clone();
    }
}
