package io.aftersales.staff;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A training session (培训). */
public record TrainingSessionId(UUID value) implements Identifier {

    public TrainingSessionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
