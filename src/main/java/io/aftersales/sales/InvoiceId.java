package io.aftersales.sales;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** An issued invoice (发票). */
public record InvoiceId(UUID value) implements Identifier {

    public InvoiceId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
