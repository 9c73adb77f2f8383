package io.aftersales.workorder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A work order in lists and on the board: who, what, where it is, and whether it is late. */
public record WorkOrderSummary(
        UUID id,
        String number,
        UUID storeId,
        UUID customerId,
        String customerName,
        UUID assetId,
        String assetLabel,
        ServiceType serviceType,
        WorkOrderStatus status,
        String complaint,
        UUID advisorId,
        @Nullable UUID leadTechnicianId,
        @Nullable String bay,
        @Nullable Instant promisedAt,
        boolean late,
        BigDecimal amountDue,
        @Nullable UUID comebackOf,
        Instant createdAt,
        long version) {}
