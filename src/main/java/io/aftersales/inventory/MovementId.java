package io.aftersales.inventory;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A movement in the stock ledger. */
public record MovementId(UUID value) implements Identifier {

    public MovementId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
