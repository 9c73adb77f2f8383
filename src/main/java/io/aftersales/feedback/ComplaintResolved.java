package io.aftersales.feedback;

import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.TenantEvent;
import java.time.Instant;

/** The cause of a complaint was found and a corrective action taken. */
public record ComplaintResolved(
        OrganizationId organizationId,
        ComplaintId complaintId,
        StoreId storeId,
        String rootCause,
        String correctiveAction,
        Instant resolvedAt)
        implements TenantEvent {}
