package io.aftersales.workorder;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.TenantEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The customer took the vehicle back and signed: the job is done and may be followed up. It carries what the follow-up
 * and the reminders need (who, what, the mileage, the work the customer declined), so that they need not read the work
 * order back.
 *
 * @param mileage the reading at reception, if one was taken
 * @param declinedWork the descriptions of the lines the customer declined (建议未做), in line order
 * @param figures what the job earned and took, for the reports
 * @param partsUsed the catalogue parts of its lines not declined, one entry per part, for the parts demand
 */
public record WorkOrderDelivered(
        OrganizationId organizationId,
        WorkOrderId workOrderId,
        String number,
        StoreId storeId,
        CustomerId customerId,
        String customerName,
        AssetId assetId,
        String assetLabel,
        ServiceType serviceType,
        UserId advisorId,
        @Nullable UserId leadTechnicianId,
        @Nullable Integer mileage,
        List<String> declinedWork,
        List<PayTypeTotal> totals,
        JobFigures figures,
        List<PartUse> partsUsed,
        BigDecimal amountDue,
        BigDecimal amountOwed,
        @Nullable WorkOrderId comebackOf,
        Instant receivedAt,
        Instant deliveredAt)
        implements TenantEvent {}
