package io.aftersales.workorder;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A work order in lists and on the board: who, what, where it is, and whether it is late; {@code insurer} names who
 * pays an insurance job (事故车), null on others.
 */
public record WorkOrderSummary(
        WorkOrderId id,
        String number,
        StoreId storeId,
        CustomerId customerId,
        String customerName,
        AssetId assetId,
        String assetLabel,
        ServiceType serviceType,
        WorkOrderStatus status,
        String complaint,
        UserId advisorId,
        @Nullable UserId leadTechnicianId,
        @Nullable String bay,
        @Nullable Instant promisedAt,
        boolean late,
        BigDecimal amountDue,
        @Nullable WorkOrderId comebackOf,
        @Nullable String insurer,
        Instant createdAt,
        long version) {}
