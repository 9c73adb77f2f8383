package io.aftersales.workorder;

import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.TenantEvent;
import java.math.BigDecimal;
import java.time.Instant;

/** A catalogue part went onto a work order: its quantity is to be held at the work order's store. */
public record PartLineAdded(
        OrganizationId organizationId,
        WorkOrderId workOrderId,
        StoreId storeId,
        WorkOrderLineId lineId,
        PartId partId,
        BigDecimal quantity,
        Instant addedAt)
        implements TenantEvent {}
