package io.aftersales.sales;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A quote (报价单). */
public record QuoteId(UUID value) implements Identifier {

    public QuoteId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
