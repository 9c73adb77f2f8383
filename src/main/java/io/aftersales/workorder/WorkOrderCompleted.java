package io.aftersales.workorder;

import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.TenantEvent;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The work passed quality check and final test; parts lines are now used up. */
public record WorkOrderCompleted(
        OrganizationId organizationId,
        WorkOrderId workOrderId,
        StoreId storeId,
        UserId advisorId,
        @Nullable UserId leadTechnicianId,
        List<PayTypeTotal> totals,
        Instant completedAt)
        implements TenantEvent {}
