package io.aftersales.workorder;

import io.aftersales.shared.security.TenantEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The customer took the vehicle back and signed: the job is done and may be followed up. */
public record WorkOrderDelivered(
        UUID organizationId,
        UUID workOrderId,
        String number,
        UUID storeId,
        UUID customerId,
        UUID assetId,
        ServiceType serviceType,
        UUID advisorId,
        @Nullable UUID leadTechnicianId,
        List<PayTypeTotal> totals,
        BigDecimal amountDue,
        BigDecimal amountOwed,
        @Nullable UUID comebackOf,
        Instant receivedAt,
        Instant deliveredAt)
        implements TenantEvent {}
