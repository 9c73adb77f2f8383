package io.aftersales.reporting.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.organization.StoreView;
import io.aftersales.reporting.KpiGrouping;
import io.aftersales.reporting.KpiMeasure;
import io.aftersales.reporting.KpiQuery;
import io.aftersales.reporting.KpiReport;
import io.aftersales.reporting.KpiRow;
import io.aftersales.reporting.ReportedWorkOrder;
import io.aftersales.reporting.Reports;
import io.aftersales.shared.Labels;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.web.ChartSpec;
import io.aftersales.shared.web.NavItem;
import io.aftersales.shared.web.XlsxDownload;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

    ReportWebController(
            Reports reports, OrganizationManagement organization, KpiSheets sheets, Labels labels, JsonMapper json) {
        this.reports = reports;
        this.organization = organization;
        this.sheets = sheets;
        this.labels = labels;
        this.json = json;
    }

    @Bean
    static NavItem kpisNavItem() {
        return new NavItem(
                        "nav.kpis",
                        "/reports/kpis",
                        "▨",
                        24,
                        Set.of(
                                "ROLE_ADMIN",
                                "ROLE_HQ",
                                "ROLE_STORE_MANAGER",
                                "ROLE_FINANCE",
                                "ROLE_SERVICE_ADVISOR",
                                "ROLE_TECHNICIAN"))
                .inGroup(NavItem.REPORTS);
    }

    @GetMapping("/reports/kpis")
    String kpis(KpiParams params, Model model) {
        KpiReport report = reports.kpis(params.query(reports.today()));
        model.addAttribute("report", report);
        model.addAttribute("q", report.query());
        model.addAttribute("groupings", KpiGrouping.values());
        model.addAttribute("stores", visibleStores());
        model.addAttribute("person", person(report.query()));
        model.addAttribute("chart", report.rows().isEmpty() ? null : chart(report));
        return "reporting/kpis";
    }

    @GetMapping("/reports/kpis/export")
    ResponseEntity<byte[]> export(KpiParams params) {
        KpiReport report = reports.kpis(params.query(reports.today()));
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
        KpiQuery query = params.query(reports.today());
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

    private List<StoreView> visibleStores() {
        SignedInUser me = CurrentUser.require();
        return organization.stores(null, 0, Paging.MAX_SIZE, null).items().stream()
                .filter(store -> me.canSeeStore(store.id()))
                .toList();
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

    private String chart(KpiReport report) {
        List<KpiRow> rows = report.rows();
        return json.writeValueAsString(new ChartSpec(
                rows.stream().map(KpiRow::label).toList(),
                List.of(labels.text("reports.outputValue"), labels.text("reports.delivered")),
                List.of(
                        new ChartSpec.Series(
                                labels.text("reports.outputValue"),
                                "bar",
                                0,
                                rows.stream().map(KpiRow::outputValue).toList()),
                        new ChartSpec.Series(
                                labels.text("reports.delivered"),
                                "line",
                                1,
                                rows.stream().map(KpiRow::delivered).toList()))));
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
