package io.aftersales.workorder;

import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.TenantEvent;
import java.util.List;

/** The demo history of work orders is in place; modules that follow up on delivered jobs add theirs. */
public record DemoWorkOrdersLoaded(
        OrganizationId organizationId, List<StoreId> storeIds, List<WorkOrderId> deliveredWorkOrderIds)
        implements TenantEvent {}
