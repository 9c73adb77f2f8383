package io.aftersales.sales.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.sales.Ageing;
import io.aftersales.sales.CollectionPlan;
import io.aftersales.sales.ContractId;
import io.aftersales.sales.Credit;
import io.aftersales.sales.NewPayment;
import io.aftersales.sales.ReceivableId;
import io.aftersales.sales.ReceivableView;
import io.aftersales.sales.Receivables;
import io.aftersales.sales.StatementConfirmation;
import io.aftersales.sales.StatementId;
import io.aftersales.sales.StatementView;
import io.aftersales.sales.WorkOrderInvoice;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.UserId;
import io.aftersales.shared.web.XlsxDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Receivables",
        description = "What customers owe (应收账款): invoices and the unpaid amounts of delivered work orders; payments"
                + " (回款) matched to them; ageing; reconciliation statements (对账单) with the customer's confirmation.")
class ReceivableRestController {

    /** A credit limit to set; null removes it. */
    record CreditLimit(
            @Nullable @DecimalMin("0") @Digits(integer = 12, fraction = 2)
            BigDecimal limit) {}

    /** A statement to make: the customer and the period. */
    record StatementRequest(
            @NotNull CustomerId customerId,
            @NotNull LocalDate from,
            @NotNull LocalDate to) {}

    private final Receivables receivables;
    private final SalesDocuments documents;

    ReceivableRestController(Receivables receivables, SalesDocuments documents) {
        this.receivables = receivables;
        this.documents = documents;
    }

    @Operation(summary = "Receivables, oldest first", description = "open=true: only what is not fully paid.")
    @GetMapping("/api/v1/receivables")
    PagedResult<ReceivableView> list(
            @RequestParam(required = false) @Nullable CustomerId customerId,
            @RequestParam(required = false) @Nullable ContractId contractId,
            @RequestParam(required = false) @Nullable UserId repId,
            @RequestParam(required = false, defaultValue = "false") boolean open,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return receivables.list(customerId, contractId, repId, open, Paging.request(page, size, Paging.DEFAULT_SIZE));
    }

    @Operation(summary = "Ageing of what is open today", description = "0–30, 31–60, 61–90 and over 90 days.")
    @GetMapping("/api/v1/receivables/ageing")
    Ageing ageing(
            @RequestParam(required = false) @Nullable CustomerId customerId,
            @RequestParam(required = false) @Nullable UserId repId) {
        return receivables.ageing(customerId, repId);
    }

    @Operation(
            summary = "What each rep is to collect",
            description = "Open receivables past due or due within days (30 when left out, at most 366), of one rep"
                    + " when asked, grouped by rep.")
    @GetMapping("/api/v1/receivables/collection-plan")
    CollectionPlan collectionPlan(
            @RequestParam(required = false) @Nullable UserId repId,
            @RequestParam(required = false, defaultValue = "30") int days) {
        return receivables.collectionPlan(repId, days);
    }

    @Operation(summary = "Open receivables as a spreadsheet")
    @GetMapping(path = "/api/v1/receivables/export", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable CustomerId customerId,
            @RequestParam(required = false) @Nullable UserId repId) {
        return XlsxDownload.of("receivables.xlsx", out -> receivables.export(customerId, repId, out));
    }

    @GetMapping("/api/v1/receivables/{id}")
    ReceivableView get(@PathVariable ReceivableId id) {
        return receivables.get(id);
    }

    @Operation(
            summary = "Record the invoice issued for a work order's receivable",
            description = "Once (409 otherwise); the number is unique among the organisation's invoices (409).")
    @PostMapping("/api/v1/receivables/{id}/invoice")
    ReceivableView invoice(@PathVariable ReceivableId id, @Valid @RequestBody WorkOrderInvoice request) {
        return receivables.invoiceWorkOrder(id, request);
    }

    @Operation(summary = "A customer's credit limit and what they owe against it")
    @GetMapping("/api/v1/credit-limits/{customerId}")
    Credit credit(@PathVariable CustomerId customerId) {
        return receivables.credit(customerId);
    }

    @Operation(
            summary = "Set a customer's credit limit",
            description = "Finance, HQ and admins; null removes it. A shipment that would take what the customer owes"
                    + " beyond it answers 409 credit-limit.")
    @PutMapping("/api/v1/credit-limits/{customerId}")
    Credit setCredit(@PathVariable CustomerId customerId, @Valid @RequestBody CreditLimit request) {
        return receivables.setCreditLimit(customerId, request.limit());
    }

    @Operation(
            summary = "Record a payment",
            description = "Matched to the customer's receivables; an allocation beyond what is open answers 409"
                    + " overpayment and nothing is recorded. Answers the receivables paid.")
    @PostMapping("/api/v1/payments")
    ResponseEntity<List<ReceivableView>> pay(@Valid @RequestBody NewPayment request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(receivables.pay(request));
    }

    @Operation(summary = "Make a reconciliation statement of a customer and period")
    @PostMapping("/api/v1/statements")
    ResponseEntity<StatementView> makeStatement(@Valid @RequestBody StatementRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(receivables.makeStatement(request.customerId(), request.from(), request.to()));
    }

    @Operation(summary = "Statements, latest period first", description = "Of one customer when asked; without lines.")
    @GetMapping("/api/v1/statements")
    List<StatementView> statements(@RequestParam(required = false) @Nullable CustomerId customerId) {
        return receivables.statements(customerId);
    }

    @GetMapping("/api/v1/statements/{id}")
    StatementView statement(@PathVariable StatementId id) {
        return receivables.statement(id);
    }

    @Operation(summary = "The statement as a PDF in Chinese (对账单)")
    @GetMapping("/api/v1/statements/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable StatementId id) {
        return documents.statement(receivables.statement(id));
    }

    @Operation(summary = "Record the customer's confirmation", description = "Once, at the version read.")
    @PostMapping("/api/v1/statements/{id}/confirm")
    StatementView confirm(@PathVariable StatementId id, @Valid @RequestBody StatementConfirmation request) {
        return receivables.confirm(id, request);
    }
}
