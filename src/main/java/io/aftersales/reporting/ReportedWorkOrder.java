package io.aftersales.reporting;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.WorkOrderId;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A work order a figure counts (the drill-down), with what it added to the figures.
 *
 * @param outputValue its output value; zero until delivered
 * @param comebackOf the job it came back for, when it is a comeback
 */
public record ReportedWorkOrder(
        WorkOrderId id,
        String number,
        StoreId storeId,
        ServiceType serviceType,
        UserId advisorId,
        @Nullable UserId leadTechnicianId,
        Instant receivedAt,
        @Nullable Instant deliveredAt,
        BigDecimal outputValue,
        BigDecimal soldHours,
        BigDecimal clockedHours,
        @Nullable WorkOrderId comebackOf) {}
