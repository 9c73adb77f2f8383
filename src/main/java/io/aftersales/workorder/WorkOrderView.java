package io.aftersales.workorder;

import io.aftersales.shared.domain.HistoryView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A work order with everything recorded on it, as the UI and the API show it. */
public record WorkOrderView(
        UUID id,
        String number,
        UUID storeId,
        UUID customerId,
        String customerName,
        UUID assetId,
        String assetLabel,
        ServiceType serviceType,
        WorkOrderStatus status,
        @Nullable WorkOrderStatus heldFrom,
        @Nullable String holdReason,
        String complaint,
        @Nullable Integer mileage,
        @Nullable Integer fuelLevel,
        @Nullable String damage,
        @Nullable String itemsLeft,
        @Nullable Instant promisedAt,
        boolean late,
        boolean warrantyCovered,
        String warrantyReason,
        UUID advisorId,
        @Nullable UUID leadTechnicianId,
        List<UUID> assistantIds,
        @Nullable String bay,
        @Nullable String mainProblem,
        @Nullable String plannedSteps,
        List<InspectionItemView> inspection,
        List<ChecklistItemView> checklist,
        List<LineView> lines,
        List<LogEntryView> log,
        List<TimeEntryView> timeEntries,
        List<PaymentView> payments,
        List<HistoryView<WorkOrderStatus>> history,
        List<PayTypeTotal> totals,
        BigDecimal taxRate,
        BigDecimal amountDue,
        BigDecimal amountPaid,
        BigDecimal amountOwed,
        @Nullable String approvedBy,
        @Nullable ApprovalChannel approvalChannel,
        @Nullable Instant approvedAt,
        @Nullable UUID qcPassedBy,
        @Nullable String qcNote,
        @Nullable String finalTest,
        @Nullable Instant completedAt,
        @Nullable Instant settledAt,
        @Nullable String signedBy,
        boolean signed,
        @Nullable Instant deliveredAt,
        @Nullable String cancelReason,
        @Nullable UUID comebackOf,
        Instant createdAt,
        long version) {

    public record LineView(
            UUID id,
            LineKind kind,
            String description,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal discountPercent,
            BigDecimal amount,
            PayType payType,
            @Nullable UUID partId,
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
            UUID byUser,
            String byName,
            @Nullable UUID lineId,
            String text,
            @Nullable String rootCause) {}

    public record InspectionItemView(
            String item,
            @Nullable InspectionRating rating,
            @Nullable String note) {}

    public record ChecklistItemView(String item, boolean ticked) {}

    public record TimeEntryView(
            UUID technicianId,
            @Nullable UUID lineId,
            Instant startedAt,
            @Nullable Instant endedAt) {}

    public record PaymentView(PaymentMethod method, BigDecimal amount, Instant receivedAt, UUID receivedBy) {}
}
