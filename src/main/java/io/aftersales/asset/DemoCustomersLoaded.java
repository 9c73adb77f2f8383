package io.aftersales.asset;

import io.aftersales.shared.security.TenantEvent;
import java.util.List;
import java.util.UUID;

/** The demo organisation's customers and vehicles exist; modules add their history (work orders) to them. */
public record DemoCustomersLoaded(UUID organizationId, List<UUID> storeIds, List<Vehicle> vehicles)
        implements TenantEvent {

    public record Vehicle(UUID customerId, String customerName, UUID assetId, String label) {}
}
