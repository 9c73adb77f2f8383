package io.aftersales.workorder;

import io.aftersales.shared.security.TenantEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The work passed quality check and final test; parts lines are now used up. */
public record WorkOrderCompleted(
        UUID organizationId,
        UUID workOrderId,
        UUID storeId,
        UUID advisorId,
        @Nullable UUID leadTechnicianId,
        List<PayTypeTotal> totals,
        Instant completedAt)
        implements TenantEvent {}
