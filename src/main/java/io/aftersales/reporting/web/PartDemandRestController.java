package io.aftersales.reporting.web;

import io.aftersales.inventory.PurchaseOrderView;
import io.aftersales.reporting.PartDemand;
import io.aftersales.reporting.PartDemandSheet;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.web.XlsxDownload;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 配件需求预测: the demand of a store's most used parts and the purchase it suggests. */
@RestController
class PartDemandRestController {

    record PartsOrderRequest(
            @Nullable StoreId storeId,
            @NotBlank @Size(max = 200) String supplier,
            @Nullable @Min(1) @Max(100) Integer top) {}

    private final PartDemand demand;
    private final ReportDefaults defaults;
    private final KpiSheets sheets;

    PartDemandRestController(PartDemand demand, ReportDefaults defaults, KpiSheets sheets) {
        this.demand = demand;
        this.defaults = defaults;
        this.sheets = sheets;
    }

    @Operation(
            summary = "Demand forecast of a store's most used parts, with purchase suggestions",
            description = "storeId (the current or first store when left out), months 1 to 12 (default 3), top 1 to"
                    + " 100 (default 20): the parts its delivered jobs used most in the last 12 complete months. Per"
                    + " part: the monthly use of those 12 months, the forecast months (the same smoothing as"
                    + " /api/v1/reports/forecast), mapePercent of the last 6 months forecast one month ahead, the"
                    + " store's available, onOrder and backOrdered quantities and suggested = next month's forecast ×"
                    + " coverMonths (1.5) + backOrdered − available − onOrder, rounded up, at least 0. Admins, HQ,"
                    + " store managers and parts clerks.")
    @GetMapping("/api/v1/reports/forecast/parts")
    PartDemandSheet forecast(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable Integer months,
            @RequestParam(required = false) @Nullable Integer top) {
        return demand.forecast(defaults.store(storeId), months == null ? 3 : months, top == null ? 20 : top);
    }

    @Operation(
            summary = "The parts demand forecast as XLSX, with Chinese headers",
            description = "The same parameters and rows as GET /api/v1/reports/forecast/parts.")
    @GetMapping("/api/v1/reports/forecast/parts/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable Integer months,
            @RequestParam(required = false) @Nullable Integer top) {
        PartDemandSheet sheet = forecast(storeId, months, top);
        return XlsxDownload.of("parts-demand-" + sheet.lastMonth() + ".xlsx", out -> sheets.write(sheet, out));
    }

    @Operation(
            summary = "A draft purchase order of what the parts forecast suggests",
            description = "Every part of the top (default 20) with a suggested quantity above 0, at catalogue cost, to"
                    + " the supplier; the order is then sent and received like any other (/api/v1/purchase-orders)."
                    + " 400 when nothing is to be ordered.")
    @PostMapping("/api/v1/reports/forecast/parts/purchase-order")
    ResponseEntity<PurchaseOrderView> order(@Valid @RequestBody PartsOrderRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(demand.order(
                        defaults.store(request.storeId()),
                        request.supplier().trim(),
                        request.top() == null ? 20 : request.top()));
    }
}
