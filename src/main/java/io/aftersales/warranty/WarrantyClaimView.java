package io.aftersales.warranty;

import io.aftersales.inventory.MovementId;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.workorder.LineKind;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderLineId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A claim with its lines and old parts, what was claimed and what the maker approved and paid.
 *
 * @param shortfall approved less paid once paid (what the maker held back), otherwise zero
 */
public record WarrantyClaimView(
        WarrantyClaimId id,
        String number,
        StoreId storeId,
        WorkOrderId workOrderId,
        String workOrderNumber,
        String assetLabel,
        String customerName,
        @Nullable String faultCode,
        @Nullable String note,
        ClaimStatus status,
        BigDecimal labourAmount,
        BigDecimal partsAmount,
        BigDecimal claimedAmount,
        @Nullable BigDecimal approvedAmount,
        @Nullable String makerReference,
        @Nullable String rejectionReason,
        @Nullable BigDecimal paidAmount,
        @Nullable LocalDate paidOn,
        @Nullable String paymentReference,
        BigDecimal shortfall,
        int submissions,
        Instant submittedAt,
        @Nullable Instant decidedAt,
        long version,
        List<ClaimLine> lines,
        List<OldPartView> oldParts) {

    /**
     * A claimed line: the work order line it comes from and, for a part, the ledger row that issued the new part.
     */
    public record ClaimLine(
            WorkOrderLineId workOrderLineId,
            LineKind kind,
            String description,
            @Nullable String labourCode,
            @Nullable PartId partId,
            @Nullable String partNumber,
            BigDecimal quantity,
            BigDecimal amount,
            @Nullable MovementId issueMovementId) {}
}
