package io.aftersales.workorder;

import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.TenantEvent;
import java.time.Instant;
import java.util.List;

/** The work order was cancelled; whatever it reserved (its part lines) is to be released. */
public record WorkOrderCancelled(
        OrganizationId organizationId,
        WorkOrderId workOrderId,
        StoreId storeId,
        UserId advisorId,
        List<WorkOrderLineId> partLineIds,
        String reason,
        Instant cancelledAt)
        implements TenantEvent {}
