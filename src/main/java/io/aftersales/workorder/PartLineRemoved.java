package io.aftersales.workorder;

import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.security.TenantEvent;
import java.time.Instant;

/** A catalogue part line was taken off a work order before the customer decided on it: what it held is free. */
public record PartLineRemoved(
        OrganizationId organizationId, WorkOrderId workOrderId, WorkOrderLineId lineId, Instant removedAt)
        implements TenantEvent {}
