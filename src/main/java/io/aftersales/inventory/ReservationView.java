package io.aftersales.inventory;

import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderLineId;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record ReservationView(
        ReservationId id,
        StoreId storeId,
        PartId partId,
        BigDecimal quantity,
        ReservationStatus status,
        @Nullable WorkOrderId workOrderId,
        @Nullable WorkOrderLineId lineId,
        Instant createdAt) {}
