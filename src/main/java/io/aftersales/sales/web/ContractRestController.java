package io.aftersales.sales.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.sales.ContractId;
import io.aftersales.sales.ContractSummary;
import io.aftersales.sales.ContractView;
import io.aftersales.sales.Contracts;
import io.aftersales.sales.FulfilmentRow;
import io.aftersales.sales.NewContract;
import io.aftersales.sales.NewInvoice;
import io.aftersales.sales.NewInvoicePlan;
import io.aftersales.sales.NewReservation;
import io.aftersales.sales.NewShipment;
import io.aftersales.sales.SalesPeriod;
import io.aftersales.sales.ShipmentId;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.UserId;
import io.aftersales.shared.web.XlsxDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Contracts",
        description = "Contracts (合同) with lines and payment terms; shipments from finished-goods stock, planned and"
                + " issued invoices; the fulfilment list (合同履行一览表) and contract statistics.")
class ContractRestController {

    private final Contracts contracts;
    private final SalesDocuments documents;

    ContractRestController(Contracts contracts, SalesDocuments documents) {
        this.contracts = contracts;
        this.documents = documents;
    }

    @Operation(summary = "Enter a contract directly", description = "Or win a quote. A taken number answers 409.")
    @PostMapping("/api/v1/contracts")
    ResponseEntity<ContractView> create(@Valid @RequestBody NewContract request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(contracts.create(request));
    }

    @Operation(
            summary = "Contracts, latest signed first",
            description = "open=true: not yet shipped, invoiced and paid.")
    @GetMapping("/api/v1/contracts")
    PagedResult<ContractSummary> list(
            @RequestParam(required = false) @Nullable CustomerId customerId,
            @RequestParam(required = false) @Nullable UserId repId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false, defaultValue = "false") boolean open,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return contracts.list(customerId, repId, q, open, Paging.request(page, size, Paging.DEFAULT_SIZE));
    }

    @Operation(
            summary = "The fulfilment list",
            description = "One row per contract line: contracted, in stock, shipped, invoiced, collected, outstanding."
                    + " q matches the contract number or a product model.")
    @GetMapping("/api/v1/contracts/fulfilment")
    PagedResult<FulfilmentRow> fulfilment(
            @RequestParam(required = false) @Nullable CustomerId customerId,
            @RequestParam(required = false) @Nullable UserId repId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false, defaultValue = "false") boolean open,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return contracts.fulfilment(customerId, repId, q, open, Paging.request(page, size, Paging.DEFAULT_SIZE));
    }

    @Operation(summary = "The fulfilment list as a spreadsheet")
    @GetMapping(path = "/api/v1/contracts/fulfilment/export", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable CustomerId customerId,
            @RequestParam(required = false) @Nullable UserId repId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false, defaultValue = "false") boolean open) {
        return XlsxDownload.of("fulfilment.xlsx", out -> contracts.exportFulfilment(customerId, repId, q, open, out));
    }

    @Operation(
            summary = "Contract statistics of a year",
            description = "by=month or quarter: signed, shipped, invoiced, collected.")
    @GetMapping("/api/v1/contracts/statistics")
    List<SalesPeriod> statistics(
            @RequestParam int year, @RequestParam(required = false, defaultValue = "month") String by) {
        return contracts.statistics(year, "quarter".equals(by));
    }

    @GetMapping("/api/v1/contracts/{id}")
    ContractView get(@PathVariable ContractId id) {
        return contracts.get(id);
    }

    @Operation(
            summary = "Ship against contract lines",
            description = "From one warehouse. More than a line has left to ship (409 over-shipment) or than the"
                    + " warehouse holds (409 insufficient-stock) refuses the whole shipment.")
    @PostMapping("/api/v1/contracts/{id}/shipments")
    ResponseEntity<ContractView> ship(@PathVariable ContractId id, @Valid @RequestBody NewShipment request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(contracts.ship(id, request));
    }

    @Operation(
            summary = "Hold finished goods for a contract line (预留), or let them go",
            description = "quantity > 0 holds units of the warehouse that nobody holds, at most what the line has left"
                    + " to ship (409 otherwise); quantity < 0 lets held units go. The line's shipments from that"
                    + " warehouse take its held units first; other shipments cannot take them.")
    @PostMapping("/api/v1/contracts/{id}/reservations")
    ContractView reserve(@PathVariable ContractId id, @Valid @RequestBody NewReservation request) {
        return contracts.reserve(id, request);
    }

    @Operation(summary = "The shipment notice as a PDF in Chinese (发货通知单)")
    @GetMapping("/api/v1/contracts/{id}/shipments/{shipmentId}/pdf")
    ResponseEntity<byte[]> shipmentPdf(@PathVariable ContractId id, @PathVariable ShipmentId shipmentId) {
        return documents.shipment(contracts.get(id), shipmentId);
    }

    @Operation(
            summary = "Issue an invoice against contract lines",
            description = "Amounts with tax per line; beyond what a line has left to invoice answers 409 over-invoice."
                    + " The invoice becomes a receivable due after the contract's payment days.")
    @PostMapping("/api/v1/contracts/{id}/invoices")
    ResponseEntity<ContractView> invoice(@PathVariable ContractId id, @Valid @RequestBody NewInvoice request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(contracts.invoice(id, request));
    }

    @Operation(
            summary = "Book a planned invoice (发票预约)",
            description = "Planned amounts stay within the contract's total.")
    @PostMapping("/api/v1/contracts/{id}/invoice-plans")
    ResponseEntity<ContractView> plan(@PathVariable ContractId id, @Valid @RequestBody NewInvoicePlan request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(contracts.plan(id, request));
    }
}
