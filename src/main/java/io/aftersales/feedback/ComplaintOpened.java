package io.aftersales.feedback;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.TenantEvent;
import io.aftersales.workorder.WorkOrderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A complaint was opened, by hand or by a low score. */
public record ComplaintOpened(
        OrganizationId organizationId,
        ComplaintId complaintId,
        String number,
        StoreId storeId,
        @Nullable WorkOrderId workOrderId,
        CustomerId customerId,
        @Nullable UserId advisorId,
        @Nullable UserId technicianId,
        Severity severity,
        ComplaintSource source,
        Instant openedAt)
        implements TenantEvent {}
