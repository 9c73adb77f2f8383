package io.aftersales.workorder.domain;

import io.aftersales.shared.domain.Ids;
import io.aftersales.workorder.PhotoStage;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A photo on a work order (damage at reception, an inspection finding, the work), kept in the database. */
@Entity
@Table(name = "work_order_photo")
public class Photo {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID workOrderId;

    @Enumerated(EnumType.STRING)
    private PhotoStage stage;

    private @Nullable String caption;
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data")
    private byte[] data;

    private Instant createdAt;
    private UUID createdBy;

    protected Photo() {
        this.id = Ids.newId();
        this.organizationId = new UUID(0, 0);
        this.workOrderId = new UUID(0, 0);
        this.stage = PhotoStage.RECEPTION;
        this.contentType = "image/jpeg";
        this.data = new byte[0];
        this.createdAt = Instant.EPOCH;
        this.createdBy = new UUID(0, 0);
    }

    public Photo(
            UUID organizationId,
            UUID workOrderId,
            PhotoStage stage,
            @Nullable String caption,
            String contentType,
            byte[] data,
            UUID createdBy,
            Instant now) {
        this();
        this.organizationId = organizationId;
        this.workOrderId = workOrderId;
        this.stage = stage;
        this.caption = caption == null || caption.isBlank() ? null : caption.trim();
        this.contentType = contentType;
        this.data = data.clone();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID workOrderId() {
        return workOrderId;
    }

    public PhotoStage stage() {
        return stage;
    }

    public @Nullable String caption() {
        return caption;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] data() {
        return data.clone();
    }

    public Instant createdAt() {
        return createdAt;
    }
}
