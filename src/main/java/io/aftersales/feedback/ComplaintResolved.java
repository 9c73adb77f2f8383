package io.aftersales.feedback;

import io.aftersales.shared.security.TenantEvent;
import java.time.Instant;
import java.util.UUID;

/** The cause of a complaint was found and a corrective action taken. */
public record ComplaintResolved(
        UUID organizationId,
        UUID complaintId,
        UUID storeId,
        String rootCause,
        String correctiveAction,
        Instant resolvedAt)
        implements TenantEvent {}
