package io.aftersales.feedback;

import io.aftersales.shared.security.TenantEvent;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A complaint was opened, by hand or by a low score. */
public record ComplaintOpened(
        UUID organizationId,
        UUID complaintId,
        String number,
        UUID storeId,
        @Nullable UUID workOrderId,
        UUID customerId,
        @Nullable UUID advisorId,
        @Nullable UUID technicianId,
        Severity severity,
        ComplaintSource source,
        Instant openedAt)
        implements TenantEvent {}
