package io.aftersales.workorder.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.web.XlsxDownload;
import io.aftersales.workorder.MonthComparison;
import io.aftersales.workorder.StoreMonth;
import io.aftersales.workorder.WorkOrderManagement;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 经营月报: received, delivered, cancelled and output value per month and store from the dashboard projection, each
 * month beside the same month a year before, as a table and a chart.
 */
@Controller
class MonthlyWebController {

    private final WorkOrderManagement workOrders;
    private final OrganizationManagement organization;
    private final MonthlyComparisonViews views;
    private final Clock clock;

    MonthlyWebController(
            WorkOrderManagement workOrders,
            OrganizationManagement organization,
            MonthlyComparisonViews views,
            Clock clock) {
        this.workOrders = workOrders;
        this.organization = organization;
        this.views = views;
        this.clock = clock;
    }

    /** The months shown on the page, summed over the stores, each beside the same month a year before. */
    @GetMapping("/work-orders/monthly/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable YearMonth from,
            @RequestParam(required = false) @Nullable YearMonth to) {
        YearMonth until = until(to);
        List<MonthComparison> months = workOrders.monthlyComparison(since(from, until), until, null);
        return XlsxDownload.of("monthly.xlsx", out -> views.sheet(months, out));
    }

    @GetMapping("/work-orders/monthly")
    String monthly(
            @RequestParam(required = false) @Nullable YearMonth from,
            @RequestParam(required = false) @Nullable YearMonth to,
            Model model) {
        YearMonth until = until(to);
        YearMonth since = since(from, until);
        List<StoreMonth> rows = workOrders.monthlyFigures(since, until, null);
        Map<StoreId, String> storeNames = new HashMap<>();
        organization
                .storesById(rows.stream().map(StoreMonth::storeId).distinct().toList())
                .forEach(store -> storeNames.put(store.id(), store.name()));
        Map<YearMonth, List<StoreMonth>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        rows.forEach(row ->
                byMonth.computeIfAbsent(row.month(), m -> new ArrayList<>()).add(row));
        // The same rows summed per month, beside last year's: one more read of the projection, not two.
        List<MonthComparison> comparison = MonthComparison.compare(
                since, until, rows, workOrders.monthlyFigures(since.minusYears(1), until.minusYears(1), null));
        Map<YearMonth, MonthComparison> totals = new HashMap<>();
        comparison.forEach(month -> totals.put(month.month(), month));
        model.addAttribute("months", byMonth);
        model.addAttribute("totals", totals);
        model.addAttribute("chart", rows.isEmpty() ? null : views.chart(comparison));
        model.addAttribute("storeNames", storeNames);
        model.addAttribute("from", since);
        model.addAttribute("to", until);
        return "workorder/monthly";
    }

    private YearMonth until(@Nullable YearMonth to) {
        return to != null ? to : YearMonth.now(clock.withZone(organization.zoneOf(null)));
    }

    /** The first month asked for; the last twelve months when none or a later one, at most ten years. */
    private static YearMonth since(@Nullable YearMonth from, YearMonth until) {
        YearMonth since = from != null && !from.isAfter(until) ? from : until.minusMonths(11);
        return since.plusYears(10).isBefore(until) ? until.minusYears(10) : since;
    }
}
