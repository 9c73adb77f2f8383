package io.aftersales.sales;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A finished product of the catalogue (成品). */
public record ProductId(UUID value) implements Identifier {

    public ProductId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
