package io.aftersales.sales;

import org.jspecify.annotations.Nullable;

/** What is on hand of a product in one warehouse, how much of it is held for contracts, and where it is kept. */
public record StockLevel(
        ProductId productId,
        String model,
        String name,
        String warehouse,
        @Nullable String location,
        int onHand,
        int reserved) {}
