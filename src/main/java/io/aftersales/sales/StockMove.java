package io.aftersales.sales;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of the finished-goods ledger: a receipt (positive) or a shipment (negative), who and when. */
public record StockMove(
        ProductId productId,
        String model,
        String warehouse,
        int quantity,
        String kind,
        @Nullable String note,
        Instant movedAt,
        String movedBy) {}
