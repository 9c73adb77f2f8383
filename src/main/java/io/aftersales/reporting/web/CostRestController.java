package io.aftersales.reporting.web;

import io.aftersales.reporting.CostBudget;
import io.aftersales.reporting.CostCentre;
import io.aftersales.reporting.CostControl;
import io.aftersales.reporting.CostEntry;
import io.aftersales.reporting.CostSheet;
import io.aftersales.reporting.CostedJob;
import io.aftersales.reporting.NewCostEntry;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.web.XlsxDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cost control by the responsible person (成本控制到人): budgets, costs entered by hand, variance and its jobs. */
@RestController
class CostRestController {

    record BudgetsRequest(
            @Schema(type = "string", example = "2026-12", pattern = "^\\d{4}-\\d{2}$") @NotNull
            YearMonth month,

            @NotNull StoreId storeId,
            @NotNull @Size(max = 1000) List<@Valid @NotNull CostBudget> budgets) {}

    private final CostControl costs;
    private final ReportDefaults defaults;
    private final KpiSheets sheets;

    CostRestController(CostControl costs, ReportDefaults defaults, KpiSheets sheets) {
        this.costs = costs;
        this.defaults = defaults;
        this.sheets = sheets;
    }

    @Operation(
            summary = "A store's cost budgets of a month against what was spent (the variance)",
            description = "month yyyy-MM (this month when left out), storeId (the current or first store the user"
                    + " sees). A line per cost centre of the store and of each person with a budget or a cost:"
                    + " budget, actual so far (GOODWILL and INTERNAL_REPAIR from the delivered jobs, charged to their"
                    + " advisor; the other centres from the entries), variance (budget − actual), per cent used, pace"
                    + " to date, month-end forecast and status: OVER the budget, AHEAD of its pace, WITHIN, or"
                    + " UNBUDGETED; alerts counts OVER and AHEAD lines. Advisors and technicians get their own lines.")
    @GetMapping({"/api/v1/reports/variance", "/api/v1/reports/budgets"})
    CostSheet variance(
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId) {
        return costs.sheet(defaults.month(month), defaults.store(storeId));
    }

    @Operation(summary = "The variance as a sheet, headers in the reader's language (Accept-Language)")
    @GetMapping(path = "/api/v1/reports/variance/export", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId) {
        CostSheet sheet = costs.sheet(defaults.month(month), defaults.store(storeId));
        return XlsxDownload.of("costs-" + sheet.month() + ".xlsx", out -> sheets.write(sheet, out));
    }

    @Operation(
            summary = "Sets cost budgets of a store's month (managers)",
            description = "A budget per cost centre for the store (no personId) or one of its people. Only the"
                    + " budgets given change; a null amount removes one. Returns the variance.")
    @PutMapping("/api/v1/reports/budgets")
    CostSheet setBudgets(@Valid @RequestBody BudgetsRequest request) {
        return costs.setBudgets(request.month(), request.storeId(), request.budgets());
    }

    @Operation(
            summary = "The costs entered by hand in a store's month, the latest first",
            description = "Advisors and technicians get their own.")
    @GetMapping("/api/v1/reports/costs")
    PagedResult<CostEntry> entries(
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return costs.entries(
                defaults.month(month), defaults.store(storeId), Paging.request(page, size, Paging.DEFAULT_SIZE));
    }

    @Operation(
            summary = "Enters a cost (managers and finance)",
            description = "For WARRANTY_UNREIMBURSED, CONSUMABLES or OVERTIME (the work orders give GOODWILL and"
                    + " INTERNAL_REPAIR), charged to a person of the store or to the store; not after today; a"
                    + " negative amount corrects an earlier entry, which is never changed itself.")
    @PostMapping("/api/v1/reports/costs")
    ResponseEntity<CostEntry> record(@Valid @RequestBody NewCostEntry entry) {
        return ResponseEntity.status(HttpStatus.CREATED).body(costs.record(entry));
    }

    @Operation(
            summary = "The delivered jobs behind a cost of the work orders (the drill-down of a variance line)",
            description = "centre GOODWILL or INTERNAL_REPAIR; of one advisor when personId is given. The month so"
                    + " far, latest first.")
    @GetMapping("/api/v1/reports/variance/work-orders")
    PagedResult<CostedJob> jobs(
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam CostCentre centre,
            @RequestParam(required = false) @Nullable UserId personId,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return costs.jobs(
                defaults.month(month),
                defaults.store(storeId),
                centre,
                personId,
                Paging.request(page, size, Paging.DEFAULT_SIZE));
    }
}
