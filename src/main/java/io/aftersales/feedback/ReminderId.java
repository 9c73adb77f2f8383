package io.aftersales.feedback;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A maintenance or warranty reminder. */
public record ReminderId(UUID value) implements Identifier {

    public ReminderId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
