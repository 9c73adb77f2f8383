package io.aftersales.staff;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A commission statement: one person, store and month. */
public record CommissionStatementId(UUID value) implements Identifier {

    public CommissionStatementId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
