package io.aftersales.workorder;

import io.aftersales.shared.security.TenantEvent;
import java.util.List;
import java.util.UUID;

/** The demo history of work orders is in place; modules that follow up on delivered jobs add theirs. */
public record DemoWorkOrdersLoaded(UUID organizationId, List<UUID> storeIds, List<UUID> deliveredWorkOrderIds)
        implements TenantEvent {}
