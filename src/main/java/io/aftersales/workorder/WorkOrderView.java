package io.aftersales.workorder;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.HistoryView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A work order with everything recorded on it, as the UI and the API show it: who and what ({@link Header}), what the
 * customer told and left at reception ({@link Reception}), the estimate and its approval ({@link Estimate}), the work
 * ({@link Workshop}), payment and hand-over ({@link Settlement}) and the history. In JSON the sections are flat, but for
 * {@link Insurance}, null unless this is an insurance job.
 */
public record WorkOrderView(
        @JsonUnwrapped Header header,
        @JsonUnwrapped Reception reception,
        @JsonUnwrapped Estimate estimate,
        @JsonUnwrapped Workshop workshop,
        @JsonUnwrapped Settlement settlement,
        @Nullable Insurance insurance,
        List<HistoryView<WorkOrderStatus>> history) {

    /** Which job this is, whose, where it stands. */
    public record Header(
            WorkOrderId id,
            String number,
            StoreId storeId,
            CustomerId customerId,
            String customerName,
            AssetId assetId,
            String assetLabel,
            ServiceType serviceType,
            WorkOrderStatus status,
            @Nullable WorkOrderStatus heldFrom,
            @Nullable String holdReason,
            boolean late,
            UserId advisorId,
            @Nullable WorkOrderId comebackOf,
            Instant createdAt,
            long version) {}

    /** What the customer said and left at reception, and what the warranty covers. */
    public record Reception(
            String complaint,
            @Nullable Integer mileage,
            @Nullable Integer fuelLevel,
            @Nullable String damage,
            @Nullable String itemsLeft,
            @Nullable Instant promisedAt,
            boolean warrantyCovered,
            String warrantyReason) {}

    /** The lines, their totals and the customer's approval. */
    public record Estimate(
            List<LineView> lines,
            List<PayTypeTotal> totals,
            BigDecimal taxRate,
            BigDecimal amountDue,
            @Nullable String approvedBy,
            @Nullable ApprovalChannel approvalChannel,
            @Nullable Instant approvedAt) {}

    /** The crew, the plan, the inspection, the work log and clock, quality check and final test. */
    public record Workshop(
            @Nullable UserId leadTechnicianId,
            List<UserId> assistantIds,
            @Nullable String bay,
            @Nullable String mainProblem,
            @Nullable String plannedSteps,
            List<InspectionItemView> inspection,
            List<ChecklistItemView> checklist,
            List<LogEntryView> log,
            List<TimeEntryView> timeEntries,
            @Nullable UserId qcPassedBy,
            @Nullable String qcNote,
            @Nullable String finalTest,
            @Nullable Instant completedAt) {}

    /** Payments, what is owed, the hand-over with the customer's signature, or why it was cancelled. */
    public record Settlement(
            List<PaymentView> payments,
            BigDecimal amountPaid,
            BigDecimal amountOwed,
            @Nullable Instant settledAt,
            @Nullable String signedBy,
            boolean signed,
            @Nullable Instant deliveredAt,
            @Nullable String cancelReason) {}

    /**
     * An insurance job (事故车): who pays its INSURANCE lines, under which claim, the excess the customer pays of them,
     * the assessor's approval and what the insurer owes (once settled) and has paid.
     *
     * @param insured the gross of the INSURANCE lines
     * @param customerShare the part of it the customer pays: the excess, at most the whole
     * @param insurerDue the rest, which the insurer pays
     */
    public record Insurance(
            String insurer,
            String claimNumber,
            BigDecimal excess,
            @Nullable String assessor,
            @Nullable BigDecimal assessedAmount,
            @Nullable Instant assessedAt,
            BigDecimal insured,
            BigDecimal customerShare,
            BigDecimal insurerDue,
            BigDecimal insurerPaid,
            @Nullable Instant insurerPaidAt) {

        public BigDecimal insurerOwes() {
            return insurerDue.subtract(insurerPaid);
        }

        public boolean assessed() {
            return assessedAmount != null;
        }
    }

    public record LineView(
            WorkOrderLineId id,
            LineKind kind,
            String description,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal discountPercent,
            BigDecimal amount,
            PayType payType,
            @Nullable PartId partId,
            @Nullable String partNumber,
            @Nullable Boolean genuine,
            LineDecision decision,
            @Nullable Instant decidedAt,
            @Nullable String rootCause,
            @Nullable String warrantyOverrideReason,
            BigDecimal actualHours,
            @Nullable String stock) {

        /** Declined by the customer: recommended, not done. */
        public boolean recommended() {
            return decision == LineDecision.DECLINED;
        }
    }

    public record LogEntryView(
            Instant at,
            UserId byUser,
            String byName,
            @Nullable WorkOrderLineId lineId,
            String text,
            @Nullable String rootCause) {}

    public record InspectionItemView(
            String item,
            @Nullable InspectionRating rating,
            @Nullable String note) {}

    public record ChecklistItemView(String item, boolean ticked) {}

    public record TimeEntryView(
            UserId technicianId,
            @Nullable WorkOrderLineId lineId,
            Instant startedAt,
            @Nullable Instant endedAt) {}

    public record PaymentView(PaymentMethod method, BigDecimal amount, Instant receivedAt, UserId receivedBy) {}
}
