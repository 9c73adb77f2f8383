package io.aftersales.organization;

import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.TenantEvent;
import java.util.List;

/** The demo organisation exists; modules add their own demo records to it (customers, vehicles, later work orders). */
public record DemoOrganizationLoaded(OrganizationId organizationId, List<StoreId> storeIds) implements TenantEvent {}
