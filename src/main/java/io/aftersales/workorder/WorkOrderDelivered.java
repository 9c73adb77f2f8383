package io.aftersales.workorder;

import io.aftersales.shared.security.TenantEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The customer took the vehicle back and signed: the job is done and may be followed up. It carries what the follow-up
 * and the reminders need (who, what, the mileage, the work the customer declined), so that they need not read the work
 * order back.
 *
 * @param mileage the reading at reception, if one was taken
 * @param declinedWork the descriptions of the lines the customer declined (建议未做), in line order
 */
public record WorkOrderDelivered(
        UUID organizationId,
        UUID workOrderId,
        String number,
        UUID storeId,
        UUID customerId,
        String customerName,
        UUID assetId,
        String assetLabel,
        ServiceType serviceType,
        UUID advisorId,
        @Nullable UUID leadTechnicianId,
        @Nullable Integer mileage,
        List<String> declinedWork,
        List<PayTypeTotal> totals,
        BigDecimal amountDue,
        BigDecimal amountOwed,
        @Nullable UUID comebackOf,
        Instant receivedAt,
        Instant deliveredAt)
        implements TenantEvent {}
