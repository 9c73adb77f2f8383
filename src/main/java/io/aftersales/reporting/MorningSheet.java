package io.aftersales.reporting;

import io.aftersales.feedback.ComplaintView;
import io.aftersales.feedback.FollowUpView;
import io.aftersales.shared.StoreId;
import io.aftersales.workorder.WorkOrderSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 晨会: one store's morning sheet. Yesterday's figures against the day's share of the month's target and the month
 * so far against the whole; the open jobs promised for today or already late; the follow-ups due today or overdue;
 * the complaints not closed, late ones first.
 *
 * @param followUpsDueToday how many follow-ups fall due today ({@code followUps} lists at most the first 20)
 * @param followUpsOverdue how many are past their day
 * @param complaintsOpen how many complaints are not closed ({@code complaints} lists at most the first 100)
 * @param costAlerts this month's cost lines over their budget or ahead of its pace (成本控制到人)
 */
public record MorningSheet(
        StoreId storeId,
        String storeName,
        LocalDate today,
        LocalDate yesterday,
        List<Figure> figures,
        List<WorkOrderSummary> promised,
        long followUpsDueToday,
        long followUpsOverdue,
        List<FollowUpView> followUps,
        long complaintsOpen,
        List<ComplaintView> complaints,
        List<CostLine> costAlerts) {

    /**
     * One figure of the store.
     *
     * @param dayTarget the month's target spread evenly over its days; null without a target
     * @param percent the month so far against the month's target; null without a target
     */
    public record Figure(
            KpiMetric metric,
            BigDecimal yesterday,
            @Nullable BigDecimal dayTarget,
            BigDecimal monthSoFar,
            @Nullable BigDecimal monthTarget,
            @Nullable BigDecimal percent) {}
}
