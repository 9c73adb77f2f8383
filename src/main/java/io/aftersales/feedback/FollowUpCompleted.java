package io.aftersales.feedback;

import io.aftersales.shared.security.TenantEvent;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A follow-up call or survey reached the customer, or was given up as unreachable. */
public record FollowUpCompleted(
        UUID organizationId,
        UUID followUpId,
        UUID storeId,
        FollowUpKind kind,
        @Nullable UUID workOrderId,
        UUID customerId,
        @Nullable UUID advisorId,
        @Nullable UUID technicianId,
        FollowUpStatus status,
        @Nullable Integer score,
        @Nullable Integer nps,
        @Nullable String answeredVia,
        Instant completedAt)
        implements TenantEvent {}
