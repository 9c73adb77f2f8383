package io.aftersales.reporting;

import io.aftersales.feedback.ComplaintFilter;
import io.aftersales.feedback.ComplaintManagement;
import io.aftersales.feedback.ComplaintView;
import io.aftersales.feedback.FollowUpFilter;
import io.aftersales.feedback.FollowUpManagement;
import io.aftersales.feedback.FollowUpView;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.workorder.WorkOrderManagement;
import io.aftersales.workorder.WorkOrderSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 晨会: the store's morning sheet for managers and finance. The figures come from the reporting projection; the
 * jobs, follow-ups and complaints of the day from their own modules, as their lists show them.
 */
@Service
public class MorningMeeting {

    /** The figures on the sheet, those with targets first. */
    static final List<KpiMetric> FIGURES = List.of(
            KpiMetric.RECEIVED,
            KpiMetric.DELIVERED,
            KpiMetric.OUTPUT_VALUE,
            KpiMetric.SOLD_HOURS,
            KpiMetric.COMEBACKS,
            KpiMetric.COMPLAINTS);

    private static final int LISTED = 20;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Reports reports;
    private final KpiTargets targets;
    private final CostControl costs;
    private final OrganizationManagement organization;
    private final WorkOrderManagement workOrders;
    private final FollowUpManagement followUps;
    private final ComplaintManagement complaints;
    private final Clock clock;

    MorningMeeting(
            Reports reports,
            KpiTargets targets,
            CostControl costs,
            OrganizationManagement organization,
            WorkOrderManagement workOrders,
            FollowUpManagement followUps,
            ComplaintManagement complaints,
            Clock clock) {
        this.reports = reports;
        this.targets = targets;
        this.costs = costs;
        this.organization = organization;
        this.workOrders = workOrders;
        this.followUps = followUps;
        this.complaints = complaints;
        this.clock = clock;
    }

    @PreAuthorize(RoleGroups.FIGURES)
    @Transactional(readOnly = true)
    public MorningSheet sheet(StoreId storeId) {
        StoreView store = organization.visibleStore(storeId);
        ZoneId zone = organization.zoneOf(storeId);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate yesterday = today.minusDays(1);
        YearMonth month = YearMonth.from(yesterday);
        KpiRow day = reports.kpis(new KpiQuery(yesterday, yesterday, storeId, KpiGrouping.STORE, null, null))
                .total();
        KpiRow soFar = reports.kpis(new KpiQuery(month.atDay(1), yesterday, storeId, KpiGrouping.STORE, null, null))
                .total();
        TargetSheet sheet = targets.sheet(month, storeId);
        List<MorningSheet.Figure> figures = new ArrayList<>();
        for (KpiMetric metric : FIGURES) {
            BigDecimal target = sheet.rows().stream()
                    .filter(row -> row.personId() == null && row.metric() == metric)
                    .map(TargetProgress::target)
                    .findFirst()
                    .orElse(null);
            BigDecimal done = value(metric, soFar);
            figures.add(new MorningSheet.Figure(
                    metric,
                    value(metric, day),
                    target == null
                            ? null
                            : target.divide(BigDecimal.valueOf(month.lengthOfMonth()), 2, RoundingMode.HALF_UP),
                    done,
                    target,
                    target == null || target.signum() == 0
                            ? null
                            : done.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP)));
        }
        Instant endOfToday = today.plusDays(1).atStartOfDay(zone).toInstant();
        List<WorkOrderSummary> promised = workOrders.board(storeId).stream()
                .filter(order ->
                        order.promisedAt() != null && order.promisedAt().isBefore(endOfToday))
                .sorted(Comparator.comparing(order -> Objects.requireNonNull(order.promisedAt())))
                .toList();
        PagedResult<FollowUpView> dueToday =
                followUps.search(new FollowUpFilter(storeId, null, null, null, null, "today"), 0, LISTED, "dueAt");
        PagedResult<FollowUpView> overdue =
                followUps.search(new FollowUpFilter(storeId, null, null, null, null, "overdue"), 0, LISTED, "dueAt");
        List<FollowUpView> due = new ArrayList<>(overdue.items());
        due.addAll(dueToday.items());
        PagedResult<ComplaintView> unfinished = complaints.search(
                new ComplaintFilter(storeId, null, null, null, null, null, false, false, true), 0, 100, null);
        List<ComplaintView> open = new ArrayList<>(unfinished.items());
        open.sort(Comparator.comparing(ComplaintView::late).reversed().thenComparing(ComplaintView::resolveDue));
        return new MorningSheet(
                storeId,
                store.name(),
                today,
                yesterday,
                figures,
                promised,
                dueToday.total(),
                overdue.total(),
                due.subList(0, Math.min(LISTED, due.size())),
                unfinished.total(),
                open,
                costs.sheet(YearMonth.from(today), storeId).lines().stream()
                        .filter(line -> line.status().alert())
                        .toList());
    }

    private static BigDecimal value(KpiMetric metric, KpiRow row) {
        return Objects.requireNonNullElse(metric.of(row), BigDecimal.ZERO);
    }
}
