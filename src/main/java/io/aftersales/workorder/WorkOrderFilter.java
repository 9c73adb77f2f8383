package io.aftersales.workorder;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a work-order list is narrowed to; every part is optional. Dates are [from, to). */
public record WorkOrderFilter(
        @Nullable StoreId storeId,
        @Nullable WorkOrderStatus status,
        @Nullable UserId advisorId,
        @Nullable UserId technicianId,
        @Nullable AssetId assetId,
        @Nullable CustomerId customerId,
        @Nullable ServiceType serviceType,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static WorkOrderFilter forAsset(AssetId assetId) {
        return new WorkOrderFilter(null, null, null, null, assetId, null, null, null, null);
    }

    public static WorkOrderFilter forCustomer(CustomerId customerId) {
        return new WorkOrderFilter(null, null, null, null, null, customerId, null, null, null);
    }
}
