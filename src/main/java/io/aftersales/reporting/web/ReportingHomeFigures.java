package io.aftersales.reporting.web;

import io.aftersales.reporting.CostControl;
import io.aftersales.reporting.KpiGrouping;
import io.aftersales.reporting.KpiQuery;
import io.aftersales.reporting.KpiReport;
import io.aftersales.reporting.KpiRow;
import io.aftersales.reporting.Reports;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.web.HomeChart;
import io.aftersales.shared.web.HomeFigure;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The home page's figures from the reporting projection: a store's day for its managers and finance, "my figures"
 * of the month for an advisor or technician; for HQ (or anyone seeing several stores) the stores side by side this
 * month, best first; for an advisor their own month day by day.
 */
@Component
class ReportingHomeFigures implements HomeFigure.Source, HomeChart.Source {

    private final Reports reports;
    private final KpiCharts charts;
    private final CostControl costs;

    ReportingHomeFigures(Reports reports, KpiCharts charts, CostControl costs) {
        this.reports = reports;
        this.charts = charts;
        this.costs = costs;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<HomeFigure> figures(SignedInUser user, StoreId store, Locale locale) {
        if (!readsFigures(user)) {
            return List.of();
        }
        LocalDate today = reports.today();
        if (Reports.readsEveryone(user)) {
            KpiRow day = reports.kpis(new KpiQuery(today, today, store, KpiGrouping.STORE, null, null))
                    .total();
            String href = link(today, today, store, KpiGrouping.ADVISOR);
            long costAlerts = costs.sheet(YearMonth.from(today), store).alerts();
            return List.of(
                    HomeFigure.count("home.figure.receivedToday", day.received(), href, false),
                    HomeFigure.count("home.figure.deliveredToday", day.delivered(), href, false),
                    HomeFigure.amount("home.figure.outputToday", day.outputValue(), href, locale),
                    HomeFigure.count(
                            "home.figure.costAlerts", costAlerts, "/reports/costs?storeId=" + store, costAlerts > 0));
        }
        LocalDate first = today.withDayOfMonth(1);
        KpiRow mine = reports.kpis(new KpiQuery(first, today, null, KpiGrouping.DAY, null, null))
                .total();
        String href = link(first, today, null, KpiGrouping.DAY);
        return List.of(
                HomeFigure.count("home.figure.myDelivered", mine.delivered(), href, false),
                HomeFigure.amount("home.figure.myOutput", mine.outputValue(), href, locale),
                HomeFigure.count("home.figure.myComebacks", mine.comebacks(), href, mine.comebacks() > 0));
    }

    @Override
    public Optional<HomeChart> chart(SignedInUser user, StoreId store) {
        if (!readsFigures(user)) {
            return Optional.empty();
        }
        LocalDate today = reports.today();
        LocalDate first = today.withDayOfMonth(1);
        if (!Reports.readsEveryone(user)) {
            KpiReport mine = reports.kpis(new KpiQuery(first, today, null, KpiGrouping.DAY, null, null));
            return mine.rows().isEmpty()
                    ? Optional.empty()
                    : Optional.of(new HomeChart(
                            "home.chart.mine",
                            "reports.chartLabel",
                            link(first, today, null, KpiGrouping.DAY),
                            charts.outputAndDelivered(mine)));
        }
        if (!user.seesAllStores() && user.storeIds().size() < 2) {
            return Optional.empty();
        }
        KpiReport stores = reports.kpis(new KpiQuery(first, today, null, KpiGrouping.STORE, null, null));
        return stores.rows().isEmpty()
                ? Optional.empty()
                : Optional.of(new HomeChart(
                        "home.chart.stores",
                        "reports.chartLabel",
                        link(first, today, null, KpiGrouping.STORE),
                        charts.outputAndDelivered(stores)));
    }

    private static boolean readsFigures(SignedInUser user) {
        return Reports.readsEveryone(user) || user.hasRole(Role.SERVICE_ADVISOR) || user.hasRole(Role.TECHNICIAN);
    }

    private static String link(LocalDate from, LocalDate to, @Nullable StoreId store, KpiGrouping groupBy) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/reports/kpis")
                .queryParam("from", from)
                .queryParam("to", to)
                .queryParam("groupBy", groupBy);
        if (store != null) {
            uri.queryParam("storeId", store);
        }
        return uri.toUriString();
    }
}
