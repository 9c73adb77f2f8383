package io.aftersales.feedback;

import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.TenantEvent;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The customer confirmed the resolution and the complaint was closed: the loop is closed. */
public record ComplaintClosed(
        OrganizationId organizationId,
        ComplaintId complaintId,
        StoreId storeId,
        @Nullable UserId advisorId,
        @Nullable UserId technicianId,
        Instant openedAt,
        Instant closedAt)
        implements TenantEvent {}
