package io.aftersales.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the ledger: how on hand and reserved changed, and why. */
public record MovementView(
        UUID id,
        UUID storeId,
        UUID partId,
        MovementType type,
        BigDecimal onHandChange,
        BigDecimal reservedChange,
        @Nullable BigDecimal unitCost,
        @Nullable UUID reservationId,
        @Nullable UUID workOrderId,
        @Nullable String reason,
        Instant occurredAt) {}
