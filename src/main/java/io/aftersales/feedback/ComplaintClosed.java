package io.aftersales.feedback;

import io.aftersales.shared.security.TenantEvent;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The customer confirmed the resolution and the complaint was closed: the loop is closed. */
public record ComplaintClosed(
        UUID organizationId,
        UUID complaintId,
        UUID storeId,
        @Nullable UUID advisorId,
        @Nullable UUID technicianId,
        Instant openedAt,
        Instant closedAt)
        implements TenantEvent {}
