package io.aftersales.planning;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** An appointment (预约). */
public record AppointmentId(UUID value) implements Identifier {

    public AppointmentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
