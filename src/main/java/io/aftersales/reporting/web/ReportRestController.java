package io.aftersales.reporting.web;

import io.aftersales.reporting.KpiComparison;
import io.aftersales.reporting.KpiMeasure;
import io.aftersales.reporting.KpiMetric;
import io.aftersales.reporting.KpiReport;
import io.aftersales.reporting.ReportRebuild;
import io.aftersales.reporting.ReportedWorkOrder;
import io.aftersales.reporting.Reports;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.web.XlsxDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Reports",
        description = "Management figures (经营看板): output value, car count, hours, comebacks per store, advisor,"
                + " lead technician, service type, month or day, each with the work orders it counts.")
@RestController
class ReportRestController {

    private final Reports reports;
    private final KpiSheets sheets;
    private final ReportRebuild rebuild;

    ReportRestController(Reports reports, KpiSheets sheets, ReportRebuild rebuild) {
        this.reports = reports;
        this.sheets = sheets;
        this.rebuild = rebuild;
    }

    @Operation(
            summary = "KPIs per group",
            description = "from/to are days (yyyy-MM-dd, this month so far when left out), groupBy one of STORE,"
                    + " ADVISOR, TECHNICIAN, SERVICE_TYPE, MONTH, DAY (when left out: STORE for users who see several"
                    + " stores, ADVISOR for a store's manager, DAY for an advisor's or technician's own). Received counts by the day received, delivered"
                    + " jobs (and every amount and hour) by the day delivered, comebacks by the day the comeback was"
                    + " received, charged to the original job's store, advisor and lead technician. Advisors and"
                    + " technicians get their own figures only (403 for anyone else's).")
    @GetMapping("/api/v1/reports/kpis")
    KpiReport kpis(KpiParams params) {
        return reports.kpis(params.query(reports));
    }

    @Operation(
            summary = "The work orders behind a figure",
            description = "The same parameters as the KPIs, the measure (RECEIVED, DELIVERED or COMEBACKS) and the"
                    + " group's key from the KPI row (empty for jobs without a lead technician; all groups when"
                    + " left out). Latest first.")
    @GetMapping("/api/v1/reports/kpis/work-orders")
    PagedResult<ReportedWorkOrder> workOrders(
            KpiParams params,
            @RequestParam KpiMeasure measure,
            @RequestParam(required = false) @Nullable String key,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return reports.workOrders(params.query(reports), measure, key, Paging.request(page, size, Paging.DEFAULT_SIZE));
    }

    @Operation(
            summary = "One KPI per group against the same days last year (同比) and the period before (环比)",
            description = "The same parameters as the KPIs and the metric. For MONTH and DAY each row is set against"
                    + " the same month or day a year before and the month or day before it; for other groupings the"
                    + " period before is the same number of days right before. Changes in per cent, null where there"
                    + " is nothing to compare with.")
    @GetMapping("/api/v1/reports/compare")
    KpiComparison compare(KpiParams params, @RequestParam KpiMetric metric) {
        return reports.compare(params.query(reports), metric);
    }

    @Operation(summary = "The comparison as a sheet, headers in the reader's language (Accept-Language)")
    @GetMapping(path = "/api/v1/reports/compare/export", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> exportComparison(KpiParams params, @RequestParam KpiMetric metric) {
        KpiComparison comparison = reports.compare(params.query(reports), metric);
        return XlsxDownload.of("compare.xlsx", out -> sheets.write(comparison, out));
    }

    @Operation(
            summary = "Builds the reporting projection again from the work orders and the feedback (admins)",
            description = "For jobs from before the projection existed, or should a figure be doubted. One"
                    + " transaction; returns how many work orders and follow-ups or complaints were counted.")
    @PostMapping("/api/v1/reports/rebuild")
    ReportRebuild.Rebuilt rebuild() {
        return rebuild.rebuild();
    }

    @Operation(summary = "The KPIs as a sheet, headers in the reader's language (Accept-Language)")
    @GetMapping(path = "/api/v1/reports/kpis/export", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> export(KpiParams params) {
        KpiReport report = reports.kpis(params.query(reports));
        return XlsxDownload.of("kpis.xlsx", out -> sheets.write(report, out));
    }
}
