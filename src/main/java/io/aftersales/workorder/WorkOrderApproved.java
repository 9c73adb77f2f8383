package io.aftersales.workorder;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.TenantEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The customer decided on the estimate: the approved lines will be done, the declined ones are recommendations. */
public record WorkOrderApproved(
        OrganizationId organizationId,
        WorkOrderId workOrderId,
        StoreId storeId,
        CustomerId customerId,
        UserId advisorId,
        List<WorkOrderLineId> approvedLineIds,
        List<WorkOrderLineId> declinedLineIds,
        ApprovalChannel channel,
        BigDecimal amountDue,
        Instant approvedAt)
        implements TenantEvent {}
