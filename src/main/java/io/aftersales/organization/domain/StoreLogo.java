package io.aftersales.organization.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The logo printed on a store's documents, kept apart from the store so that reading a store does not read it. */
@Entity
@Table(name = "store_logo")
public class StoreLogo {

    @Id
    private UUID storeId;

    @TenantId
    private UUID organizationId;

    private String contentType;
    private byte[] data;

    protected StoreLogo() {
        this.storeId = new UUID(0, 0);
        this.organizationId = new UUID(0, 0);
        this.contentType = "image/png";
        this.data = new byte[0];
    }

    public StoreLogo(UUID storeId, UUID organizationId, String contentType, byte[] data) {
        this.storeId = storeId;
        this.organizationId = organizationId;
        this.contentType = contentType;
        this.data = data.clone();
    }

    public void replace(String contentType, byte[] data) {
        this.contentType = contentType;
        this.data = data.clone();
    }

    public String contentType() {
        return contentType;
    }

    public byte[] data() {
        return data.clone();
    }
}
