package io.aftersales.organization;

import io.aftersales.shared.security.TenantEvent;
import java.util.List;
import java.util.UUID;

/** The demo organisation exists; modules add their own demo records to it (customers, vehicles, later work orders). */
public record DemoOrganizationLoaded(UUID organizationId, List<UUID> storeIds) implements TenantEvent {}
