package io.aftersales.feedback;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.TenantEvent;
import io.aftersales.workorder.WorkOrderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A follow-up call or survey reached the customer, or was given up as unreachable. */
public record FollowUpCompleted(
        OrganizationId organizationId,
        FollowUpId followUpId,
        StoreId storeId,
        FollowUpKind kind,
        @Nullable WorkOrderId workOrderId,
        CustomerId customerId,
        @Nullable UserId advisorId,
        @Nullable UserId technicianId,
        FollowUpStatus status,
        @Nullable Integer score,
        @Nullable Integer nps,
        @Nullable String answeredVia,
        Instant completedAt)
        implements TenantEvent {}
