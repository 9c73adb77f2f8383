package io.aftersales.inventory;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A purchase order to a supplier. */
public record PurchaseOrderId(UUID value) implements Identifier {

    public PurchaseOrderId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
