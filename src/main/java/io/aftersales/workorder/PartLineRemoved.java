package io.aftersales.workorder;

import io.aftersales.shared.security.TenantEvent;
import java.time.Instant;
import java.util.UUID;

/** A catalogue part line was taken off a work order before the customer decided on it: what it held is free. */
public record PartLineRemoved(UUID organizationId, UUID workOrderId, UUID lineId, Instant removedAt)
        implements TenantEvent {}
