package io.aftersales.sales;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** An amount a customer owes (应收账款): an invoice or a delivered work order's unpaid amount. */
public record ReceivableId(UUID value) implements Identifier {

    public ReceivableId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
