package io.aftersales.workorder;

import io.aftersales.shared.security.TenantEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A catalogue part went onto a work order: its quantity is to be held at the work order's store. */
public record PartLineAdded(
        UUID organizationId,
        UUID workOrderId,
        UUID storeId,
        UUID lineId,
        UUID partId,
        BigDecimal quantity,
        Instant addedAt)
        implements TenantEvent {}
