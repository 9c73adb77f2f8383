package io.aftersales.organization.domain;

import io.aftersales.shared.domain.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A bearer token for the API. Only its SHA-256 hash is stored; the token itself is shown once, when issued. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID userId;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant revokedAt;

    protected ApiToken() {
        this.id = Ids.newId();
        this.organizationId = new UUID(0, 0);
        this.userId = new UUID(0, 0);
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    public ApiToken(UUID organizationId, UUID userId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.id = Ids.newId();
        this.organizationId = organizationId;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean validAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public UUID userId() {
        return userId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
