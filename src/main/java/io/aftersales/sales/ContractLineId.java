package io.aftersales.sales;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A line of a sales contract. */
public record ContractLineId(UUID value) implements Identifier {

    public ContractLineId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
