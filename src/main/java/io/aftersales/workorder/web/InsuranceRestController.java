package io.aftersales.workorder.web;

import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.web.XlsxDownload;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderInsurance;
import io.aftersales.workorder.WorkOrderInsurance.InsuranceJob;
import io.aftersales.workorder.WorkOrderInsurance.InsuranceStage;
import io.aftersales.workorder.WorkOrderInsurance.InsurerBalance;
import io.aftersales.workorder.WorkOrderView;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Insurance jobs (事故车) over JSON: the list, what each insurer owes, and a work order's insurance steps. */
@Tag(
        name = "Insurance jobs",
        description =
                "Insurance jobs (事故车): the insurer and claim number of a work order, the excess the customer pays, the assessor's approval without which work does not start, and the insurer's payments.")
@RestController
class InsuranceRestController {

    /** The insurer, the claim number and the excess (免赔额) the customer pays of the INSURANCE lines. */
    record InsureRequest(
            @NotNull Long version,
            @NotBlank @Size(max = 120) String insurer,
            @NotBlank @Size(max = 60) String claimNumber,

            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal excess) {}

    /** The assessor's name and the amount approved for the INSURANCE lines, tax included (定损金额). */
    record AssessRequest(
            @NotNull Long version,
            @NotBlank @Size(max = 100) String assessor,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2)
            BigDecimal amount) {}

    record InsurerPaymentRequest(
            @NotNull Long version,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2)
            BigDecimal amount) {}

    private final WorkOrderInsurance insurance;

    InsuranceRestController(WorkOrderInsurance insurance) {
        this.insurance = insurance;
    }

    @GetMapping("/api/v1/insurance-jobs")
    PagedResult<InsuranceJob> list(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable InsuranceStage stage,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String sort) {
        return insurance.search(storeId, q, stage, page, size, sort);
    }

    @GetMapping(path = "/api/v1/insurance-jobs/export", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable InsuranceStage stage) {
        return XlsxDownload.of("insurance-jobs.xlsx", out -> insurance.export(storeId, q, stage, out));
    }

    @GetMapping("/api/v1/insurance-jobs/balances")
    List<InsurerBalance> balances(@RequestParam(required = false) @Nullable StoreId storeId) {
        return insurance.owedByInsurer(storeId);
    }

    @PostMapping("/api/v1/work-orders/{id}/insurance")
    WorkOrderView insure(@PathVariable WorkOrderId id, @Valid @RequestBody InsureRequest request) {
        return insurance.insure(id, request.version(), request.insurer(), request.claimNumber(), request.excess());
    }

    @PostMapping("/api/v1/work-orders/{id}/insurance/assessment")
    WorkOrderView assess(@PathVariable WorkOrderId id, @Valid @RequestBody AssessRequest request) {
        return insurance.assess(id, request.version(), request.assessor(), request.amount());
    }

    @PostMapping("/api/v1/work-orders/{id}/insurance/payments")
    WorkOrderView insurerPaid(@PathVariable WorkOrderId id, @Valid @RequestBody InsurerPaymentRequest request) {
        return insurance.insurerPaid(id, request.version(), request.amount());
    }
}
