package io.aftersales.planning;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A loaner car (代步车). */
public record LoanerCarId(UUID value) implements Identifier {

    public LoanerCarId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
