package io.aftersales.inventory;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A stocktake sheet of a store. */
public record StocktakeId(UUID value) implements Identifier {

    public StocktakeId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
