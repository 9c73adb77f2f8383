package io.aftersales.reporting.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.reporting.KpiChange;
import io.aftersales.reporting.KpiComparison;
import io.aftersales.reporting.KpiGrouping;
import io.aftersales.reporting.KpiMeasure;
import io.aftersales.reporting.KpiMetric;
import io.aftersales.reporting.KpiQuery;
import io.aftersales.reporting.KpiReport;
import io.aftersales.reporting.ReportRebuild;
import io.aftersales.reporting.ReportedWorkOrder;
import io.aftersales.reporting.Reports;
import io.aftersales.shared.Labels;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.web.ChartSpec;
import io.aftersales.shared.web.XlsxDownload;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * 经营看板: the figures per store, advisor, lead technician, service type, month or day as a chart and a table whose
 * counts link to the work orders behind them.
 */
@Controller
class ReportWebController {

    private final Reports reports;
    private final OrganizationManagement organization;
    private final KpiSheets sheets;
    private final Labels labels;
    private final JsonMapper json;
    private final ReportDefaults defaults;
    private final ReportRebuild rebuild;
    private final KpiCharts charts;

    ReportWebController(
            Reports reports,
            OrganizationManagement organization,
            KpiSheets sheets,
            Labels labels,
            JsonMapper json,
            ReportDefaults defaults,
            ReportRebuild rebuild,
            KpiCharts charts) {
        this.charts = charts;
        this.defaults = defaults;
        this.rebuild = rebuild;
        this.reports = reports;
        this.organization = organization;
        this.sheets = sheets;
        this.labels = labels;
        this.json = json;
    }

    @GetMapping("/reports/kpis")
    String kpis(KpiParams params, Model model) {
        KpiReport report = reports.kpis(params.query(reports));
        model.addAttribute("report", report);
        model.addAttribute("q", report.query());
        model.addAttribute("groupings", KpiGrouping.values());
        model.addAttribute("stores", defaults.visibleStores());
        model.addAttribute("person", person(report.query()));
        model.addAttribute("presets", presets());
        model.addAttribute("chart", report.rows().isEmpty() ? null : charts.outputAndDelivered(report));
        return "reporting/kpis";
    }

    @PostMapping("/reports/rebuild")
    String rebuild(RedirectAttributes redirect) {
        rebuild.rebuild();
        redirect.addFlashAttribute("saved", "reports.rebuilt");
        return "redirect:/reports/kpis";
    }

    @GetMapping("/reports/compare")
    String compare(KpiParams params, @RequestParam(required = false) @Nullable KpiMetric metric, Model model) {
        KpiComparison comparison =
                reports.compare(params.query(reports), metric != null ? metric : KpiMetric.OUTPUT_VALUE);
        model.addAttribute("comparison", comparison);
        model.addAttribute("q", comparison.query());
        model.addAttribute("metrics", KpiMetric.values());
        model.addAttribute("groupings", KpiGrouping.values());
        model.addAttribute("stores", defaults.visibleStores());
        model.addAttribute("presets", presets());
        model.addAttribute("chart", comparison.rows().isEmpty() ? null : chart(comparison));
        return "reporting/compare";
    }

    @GetMapping("/reports/compare/export")
    ResponseEntity<byte[]> exportComparison(
            KpiParams params, @RequestParam(required = false) @Nullable KpiMetric metric) {
        KpiComparison comparison =
                reports.compare(params.query(reports), metric != null ? metric : KpiMetric.OUTPUT_VALUE);
        return XlsxDownload.of("compare.xlsx", out -> sheets.write(comparison, out));
    }

    @GetMapping("/reports/kpis/export")
    ResponseEntity<byte[]> export(KpiParams params) {
        KpiReport report = reports.kpis(params.query(reports));
        return XlsxDownload.of("kpis.xlsx", out -> sheets.write(report, out));
    }

    @GetMapping("/reports/kpis/work-orders")
    String workOrders(
            KpiParams params,
            @RequestParam KpiMeasure measure,
            @RequestParam(required = false) @Nullable String key,
            @RequestParam(required = false) @Nullable String label,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        KpiQuery query = params.query(reports);
        PagedResult<ReportedWorkOrder> result = reports.workOrders(query, measure, key, Paging.request(page, 50, 50));
        model.addAttribute("q", query);
        model.addAttribute("measure", measure);
        model.addAttribute("key", key);
        model.addAttribute("label", label);
        model.addAttribute("result", result);
        model.addAttribute("storeNames", storeNames(result.items()));
        model.addAttribute("names", names(result.items()));
        return "reporting/kpi-work-orders";
    }

    /** Days a manager asks for most, one click away. */
    record Preset(String labelKey, LocalDate from, LocalDate to) {}

    private List<Preset> presets() {
        LocalDate today = reports.today();
        LocalDate lastMonth = today.minusMonths(1);
        return List.of(
                new Preset("reports.preset.today", today, today),
                new Preset("reports.preset.yesterday", today.minusDays(1), today.minusDays(1)),
                new Preset("reports.preset.thisMonth", today.withDayOfMonth(1), today),
                new Preset(
                        "reports.preset.lastMonth",
                        lastMonth.withDayOfMonth(1),
                        lastMonth.withDayOfMonth(lastMonth.lengthOfMonth())),
                new Preset("reports.preset.thisYear", today.withDayOfYear(1), today),
                new Preset("reports.preset.twelveMonths", today.minusMonths(11).withDayOfMonth(1), today));
    }

    private String chart(KpiComparison comparison) {
        List<KpiChange> rows = comparison.rows();
        String name = labels.text("reports.metric." + comparison.metric());
        return json.writeValueAsString(new ChartSpec(
                rows.stream().map(KpiChange::label).toList(),
                List.of(name),
                List.of(
                        new ChartSpec.Series(
                                labels.text("reports.current"),
                                "bar",
                                0,
                                rows.stream().map(KpiChange::current).toList()),
                        new ChartSpec.Series(
                                labels.text("reports.lastYear"),
                                "bar",
                                0,
                                rows.stream().map(KpiChange::lastYear).toList()),
                        new ChartSpec.Series(
                                labels.text("reports.previous"),
                                "line",
                                0,
                                rows.stream().map(KpiChange::previous).toList()))));
    }

    /** The person whose own figures these are, when the query names one. */
    private @Nullable String person(KpiQuery query) {
        UserId id = query.advisorId() != null ? query.advisorId() : query.technicianId();
        return id == null
                ? null
                : organization.staff(List.of(id)).stream()
                        .map(StaffMember::displayName)
                        .findFirst()
                        .orElse(null);
    }

    private Map<StoreId, String> storeNames(List<ReportedWorkOrder> orders) {
        Map<StoreId, String> names = new HashMap<>();
        organization
                .storesById(orders.stream()
                        .map(ReportedWorkOrder::storeId)
                        .distinct()
                        .toList())
                .forEach(store -> names.put(store.id(), store.name()));
        return names;
    }

    private Map<UserId, String> names(List<ReportedWorkOrder> orders) {
        Set<UserId> ids = new LinkedHashSet<>();
        orders.forEach(order -> Stream.of(order.advisorId(), order.leadTechnicianId())
                .filter(Objects::nonNull)
                .forEach(ids::add));
        Map<UserId, String> names = new HashMap<>();
        organization.staff(ids).forEach(member -> names.put(member.id(), member.displayName()));
        return names;
    }
}
