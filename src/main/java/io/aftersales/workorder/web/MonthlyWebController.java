package io.aftersales.workorder.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.StoreId;
import io.aftersales.workorder.MonthComparison;
import io.aftersales.workorder.StoreMonth;
import io.aftersales.workorder.WorkOrderManagement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
    private final MonthlyChart chart;
    private final Clock clock;

    MonthlyWebController(
            WorkOrderManagement workOrders, OrganizationManagement organization, MonthlyChart chart, Clock clock) {
        this.workOrders = workOrders;
        this.organization = organization;
        this.chart = chart;
        this.clock = clock;
    }

    @GetMapping("/work-orders/monthly")
    String monthly(
            @RequestParam(required = false) @Nullable YearMonth from,
            @RequestParam(required = false) @Nullable YearMonth to,
            Model model) {
        YearMonth until = to != null ? to : YearMonth.now(clock.withZone(organization.zoneOf(null)));
        YearMonth since = from != null && !from.isAfter(until) ? from : until.minusMonths(11);
        if (since.plusYears(10).isBefore(until)) {
            since = until.minusYears(10);
        }
        List<StoreMonth> rows = workOrders.monthlyFigures(since, until, null);
        Map<StoreId, String> storeNames = new HashMap<>();
        organization
                .storesById(rows.stream().map(StoreMonth::storeId).distinct().toList())
                .forEach(store -> storeNames.put(store.id(), store.name()));
        Map<YearMonth, List<StoreMonth>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        rows.forEach(row ->
                byMonth.computeIfAbsent(row.month(), m -> new ArrayList<>()).add(row));
        List<MonthComparison> comparison = workOrders.monthlyComparison(since, until, null);
        Map<YearMonth, MonthComparison> compared = new HashMap<>();
        comparison.forEach(month -> compared.put(month.month(), month));
        Map<YearMonth, StoreMonth> totals = new HashMap<>();
        byMonth.forEach((month, list) -> totals.put(
                month,
                new StoreMonth(
                        new StoreId(new UUID(0, 0)),
                        month,
                        list.stream().mapToInt(StoreMonth::received).sum(),
                        list.stream().mapToInt(StoreMonth::delivered).sum(),
                        list.stream().mapToInt(StoreMonth::cancelled).sum(),
                        list.stream().map(StoreMonth::outputValue).reduce(BigDecimal.ZERO, BigDecimal::add))));
        model.addAttribute("months", byMonth);
        model.addAttribute("totals", totals);
        model.addAttribute("compared", compared);
        model.addAttribute("chart", rows.isEmpty() ? null : chart.spec(comparison));
        model.addAttribute("storeNames", storeNames);
        model.addAttribute("from", since);
        model.addAttribute("to", until);
        return "workorder/monthly";
    }
}
