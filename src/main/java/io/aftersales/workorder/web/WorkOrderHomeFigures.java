package io.aftersales.workorder.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.web.HomeChart;
import io.aftersales.shared.web.HomeFigure;
import io.aftersales.workorder.StoreMonth;
import io.aftersales.workorder.WorkOrderManagement;
import io.aftersales.workorder.WorkOrderStatus;
import io.aftersales.workorder.WorkOrderSummary;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The workshop now (in the workshop, late, waiting for the customer, ready to hand over) and this month's figures; for
 * those who read the figures, the chart of the store's last twelve months against the year before.
 */
@Component
class WorkOrderHomeFigures implements HomeFigure.Source, HomeChart.Source {

    private final WorkOrderManagement workOrders;
    private final OrganizationManagement organization;
    private final MonthlyComparisonViews monthlyViews;
    private final Clock clock;

    WorkOrderHomeFigures(
            WorkOrderManagement workOrders,
            OrganizationManagement organization,
            MonthlyComparisonViews monthlyViews,
            Clock clock) {
        this.workOrders = workOrders;
        this.organization = organization;
        this.monthlyViews = monthlyViews;
        this.clock = clock;
    }

    @Override
    public Optional<HomeChart> chart(SignedInUser user, StoreId store) {
        if (!figuresReader(user)) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.now(clock.withZone(organization.zoneOf(store)));
        return Optional.of(new HomeChart(
                "home.chart.monthly",
                "monthly.chartLabel",
                "/work-orders/monthly",
                monthlyViews.chart(workOrders.monthlyComparison(month.minusMonths(11), month, store))));
    }

    private static boolean figuresReader(SignedInUser user) {
        return user.isManager() || user.hasRole(Role.FINANCE);
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<HomeFigure> figures(SignedInUser user, StoreId store, Locale locale) {
        List<WorkOrderSummary> open = workOrders.board(store);
        List<HomeFigure> figures = new ArrayList<>();
        figures.add(HomeFigure.count("home.figure.inWorkshop", open.size(), "/work-orders/board", false));
        figures.add(HomeFigure.count(
                "home.figure.late", open.stream().filter(WorkOrderSummary::late).count(), "/work-orders/board", true));
        figures.add(HomeFigure.count(
                "home.figure.awaitingApproval",
                open.stream()
                        .filter(o -> o.status() == WorkOrderStatus.ESTIMATED)
                        .count(),
                "/work-orders?status=ESTIMATED",
                false));
        figures.add(HomeFigure.count(
                "home.figure.readyToHandOver",
                open.stream()
                        .filter(o -> o.status() == WorkOrderStatus.COMPLETED || o.status() == WorkOrderStatus.SETTLED)
                        .count(),
                "/work-orders/board",
                false));
        if (figuresReader(user)) {
            YearMonth month = YearMonth.now(clock.withZone(organization.zoneOf(store)));
            List<StoreMonth> rows = workOrders.monthlyFigures(month, month, store);
            figures.add(HomeFigure.count(
                    "home.figure.receivedThisMonth",
                    rows.stream().mapToInt(StoreMonth::received).sum(),
                    "/work-orders/monthly",
                    false));
            BigDecimal output = rows.stream().map(StoreMonth::outputValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            figures.add(HomeFigure.amount("home.figure.outputThisMonth", output, "/work-orders/monthly", locale));
        }
        return figures;
    }
}
