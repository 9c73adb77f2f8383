package io.aftersales.workorder;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a work-order list is narrowed to; every part is optional. Dates are [from, to). */
public record WorkOrderFilter(
        @Nullable UUID storeId,
        @Nullable WorkOrderStatus status,
        @Nullable UUID advisorId,
        @Nullable UUID technicianId,
        @Nullable UUID assetId,
        @Nullable UUID customerId,
        @Nullable ServiceType serviceType,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static WorkOrderFilter forAsset(UUID assetId) {
        return new WorkOrderFilter(null, null, null, null, assetId, null, null, null, null);
    }

    public static WorkOrderFilter forCustomer(UUID customerId) {
        return new WorkOrderFilter(null, null, null, null, null, customerId, null, null, null);
    }
}
