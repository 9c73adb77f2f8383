package io.aftersales.shared;

import java.util.Objects;
import java.util.UUID;

/** A user of an organisation (advisor, technician, agent, ...). */
public record UserId(UUID value) implements Identifier {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
