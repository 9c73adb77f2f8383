package io.aftersales.inventory;

import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.workorder.WorkOrderId;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the ledger: how on hand and reserved changed, and why. */
public record MovementView(
        MovementId id,
        StoreId storeId,
        PartId partId,
        MovementType type,
        BigDecimal onHandChange,
        BigDecimal reservedChange,
        @Nullable BigDecimal unitCost,
        @Nullable ReservationId reservationId,
        @Nullable WorkOrderId workOrderId,
        @Nullable String reason,
        Instant occurredAt) {}
