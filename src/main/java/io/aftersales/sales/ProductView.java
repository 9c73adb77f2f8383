package io.aftersales.sales;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A finished product with what is on hand of it in all warehouses, and how much of that is held for contracts. */
public record ProductView(
        ProductId id,
        String model,
        String name,
        @Nullable String specification,
        @Nullable String drawing,
        String unit,
        BigDecimal listPrice,
        boolean active,
        int onHand,
        int reserved,
        long version) {

    /** What is on hand and held for no contract. */
    public int free() {
        return onHand - reserved;
    }

    /** How a product is named in lists and documents: model and name. */
    public String label() {
        return model + " " + name;
    }
}
