package io.aftersales.asset;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.TenantEvent;
import java.util.List;

/** The demo organisation's customers and vehicles exist; modules add their history (work orders) to them. */
public record DemoCustomersLoaded(OrganizationId organizationId, List<StoreId> storeIds, List<Vehicle> vehicles)
        implements TenantEvent {

    public record Vehicle(CustomerId customerId, String customerName, AssetId assetId, String label) {}
}
