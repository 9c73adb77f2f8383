package io.aftersales.asset.domain;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Embeddable
public class OwnerChange {

    private UUID fromCustomer;
    private UUID toCustomer;
    private Instant changedAt;
    private @Nullable String reason;

    protected OwnerChange() {
        this.fromCustomer = new UUID(0, 0);
        this.toCustomer = new UUID(0, 0);
        this.changedAt = Instant.EPOCH;
    }

    OwnerChange(UUID fromCustomer, UUID toCustomer, Instant changedAt, @Nullable String reason) {
        this.fromCustomer = fromCustomer;
        this.toCustomer = toCustomer;
        this.changedAt = changedAt;
        this.reason = reason;
    }

    UUID fromCustomer() {
        return fromCustomer;
    }

    UUID toCustomer() {
        return toCustomer;
    }

    Instant changedAt() {
        return changedAt;
    }

    @Nullable
    String reason() {
        return reason;
    }
}
