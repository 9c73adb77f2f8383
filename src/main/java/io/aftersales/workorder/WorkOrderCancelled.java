package io.aftersales.workorder;

import io.aftersales.shared.security.TenantEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The work order was cancelled; whatever it reserved (its part lines) is to be released. */
public record WorkOrderCancelled(
        UUID organizationId,
        UUID workOrderId,
        UUID storeId,
        UUID advisorId,
        List<UUID> partLineIds,
        String reason,
        Instant cancelledAt)
        implements TenantEvent {}
