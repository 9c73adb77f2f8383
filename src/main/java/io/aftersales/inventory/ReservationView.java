package io.aftersales.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record ReservationView(
        UUID id,
        UUID storeId,
        UUID partId,
        BigDecimal quantity,
        ReservationStatus status,
        @Nullable UUID workOrderId,
        @Nullable UUID lineId,
        Instant createdAt) {}
