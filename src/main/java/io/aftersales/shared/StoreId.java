package io.aftersales.shared;

import java.util.Objects;
import java.util.UUID;

/** A store (branch) of an organisation. */
public record StoreId(UUID value) implements Identifier {

    public StoreId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
