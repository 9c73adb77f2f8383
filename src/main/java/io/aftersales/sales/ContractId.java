package io.aftersales.sales;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A sales contract (合同). */
public record ContractId(UUID value) implements Identifier {

    public ContractId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
