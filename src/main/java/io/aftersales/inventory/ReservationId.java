package io.aftersales.inventory;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A reservation of a part's stock for a work order line. */
public record ReservationId(UUID value) implements Identifier {

    public ReservationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
