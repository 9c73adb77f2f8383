package io.aftersales.workorder;

import io.aftersales.shared.security.TenantEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The customer decided on the estimate: the approved lines will be done, the declined ones are recommendations. */
public record WorkOrderApproved(
        UUID organizationId,
        UUID workOrderId,
        UUID storeId,
        UUID customerId,
        UUID advisorId,
        List<UUID> approvedLineIds,
        List<UUID> declinedLineIds,
        ApprovalChannel channel,
        BigDecimal amountDue,
        Instant approvedAt)
        implements TenantEvent {}
