package io.aftersales.customer;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A customer (person or company). */
public record CustomerId(UUID value) implements Identifier {

    public CustomerId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
