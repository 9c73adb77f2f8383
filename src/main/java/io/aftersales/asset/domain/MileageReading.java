package io.aftersales.asset.domain;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Embeddable
public class MileageReading {

    private int mileage;
    private Instant readAt;
    private @Nullable String reason;

    protected MileageReading() {
        this.readAt = Instant.EPOCH;
    }

    MileageReading(int mileage, Instant readAt, @Nullable String reason) {
        this.mileage = mileage;
        this.readAt = readAt;
        this.reason = reason;
    }

    int mileage() {
        return mileage;
    }

    Instant readAt() {
        return readAt;
    }

    @Nullable
    String reason() {
        return reason;
    }
}
