package io.aftersales.workorder;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.TenantEvent;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A vehicle or piece of equipment was received and its work order opened (a car counted: 台次). */
public record WorkOrderReceived(
        OrganizationId organizationId,
        WorkOrderId workOrderId,
        String number,
        StoreId storeId,
        CustomerId customerId,
        AssetId assetId,
        ServiceType serviceType,
        UserId advisorId,
        @Nullable WorkOrderId comebackOf,
        Instant receivedAt)
        implements TenantEvent {}
