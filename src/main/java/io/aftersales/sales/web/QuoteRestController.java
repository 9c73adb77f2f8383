package io.aftersales.sales.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.sales.Conversion;
import io.aftersales.sales.LossReason;
import io.aftersales.sales.LossReasons;
import io.aftersales.sales.NewQuote;
import io.aftersales.sales.QuoteId;
import io.aftersales.sales.QuoteLoss;
import io.aftersales.sales.QuoteStatus;
import io.aftersales.sales.QuoteView;
import io.aftersales.sales.QuoteWin;
import io.aftersales.sales.Quotes;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
        name = "Quotes",
        description = "Quotes (报价): DRAFT → SENT → WON (becomes a contract) / LOST (with a reason) / EXPIRED (past"
                + " validity); revisions kept; conversion rate (成单率) per rep, customer and product.")
class QuoteRestController {

    record QuoteVersion(@NotNull Long version) {}

    /** New lines and validity for the next revision, at the version read. */
    record Revision(
            @NotNull Long version,
            @Nullable LocalDate validUntil,
            @NotEmpty @Size(max = 50) List<NewQuote.@Valid @NotNull QuotedLine> lines) {}

    private final Quotes quotes;
    private final LossReasons lossReasons;
    private final SalesDocuments documents;

    QuoteRestController(Quotes quotes, LossReasons lossReasons, SalesDocuments documents) {
        this.quotes = quotes;
        this.lossReasons = lossReasons;
        this.documents = documents;
    }

    @Operation(summary = "Draft a quote", description = "Lines of active products; list price when none is given.")
    @PostMapping("/api/v1/quotes")
    ResponseEntity<QuoteView> create(@Valid @RequestBody NewQuote request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(quotes.create(request));
    }

    @Operation(summary = "Quotes, latest first", description = "Of a rep, a customer, a status, created in [from, to].")
    @GetMapping("/api/v1/quotes")
    PagedResult<QuoteView> list(
            @RequestParam(required = false) @Nullable UserId repId,
            @RequestParam(required = false) @Nullable CustomerId customerId,
            @RequestParam(required = false) @Nullable QuoteStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return quotes.list(repId, customerId, status, from, to, Paging.request(page, size, Paging.DEFAULT_SIZE));
    }

    @Operation(
            summary = "Conversion rate",
            description =
                    "Quotes decided in [from, to] (from 1 January to today when left out) per rep, customer or product (by):"
                            + " won, lost, expired and won / (won + lost), with the loss reasons.")
    @GetMapping("/api/v1/quotes/conversion")
    Conversion conversion(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false, defaultValue = "rep") String by) {
        return quotes.conversion(from, to, by);
    }

    @Operation(summary = "The reasons a quote may be lost for", description = "The built-in list until set.")
    @GetMapping("/api/v1/quote-loss-reasons")
    List<LossReason> lossReasons() {
        return lossReasons.active();
    }

    @Operation(
            summary = "Set the list of loss reasons",
            description = "The labels in order (HQ, admins); a label already listed, or a built-in one in any language,"
                    + " keeps its code; a reason left out stays on the quotes lost for it.")
    @PutMapping("/api/v1/quote-loss-reasons")
    List<LossReason> setLossReasons(@RequestBody @Valid @Size(max = 30) List<@NotNull @Size(max = 60) String> labels) {
        return lossReasons.set(labels);
    }

    @GetMapping("/api/v1/quotes/{id}")
    QuoteView get(@PathVariable QuoteId id) {
        return quotes.get(id);
    }

    @Operation(summary = "The quote as a PDF in Chinese (报价单)")
    @GetMapping("/api/v1/quotes/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable QuoteId id) {
        return documents.quote(quotes.get(id));
    }

    @Operation(summary = "Revise a draft or sent quote", description = "A new revision; earlier ones are kept.")
    @PostMapping("/api/v1/quotes/{id}/revise")
    QuoteView revise(@PathVariable QuoteId id, @Valid @RequestBody Revision request) {
        return quotes.revise(id, request.version(), request.validUntil(), request.lines());
    }

    @PostMapping("/api/v1/quotes/{id}/send")
    QuoteView send(@PathVariable QuoteId id, @Valid @RequestBody QuoteVersion request) {
        return quotes.send(id, request.version());
    }

    @Operation(summary = "Mark a quote won", description = "It becomes a contract with its lines (contractId).")
    @PostMapping("/api/v1/quotes/{id}/win")
    QuoteView win(@PathVariable QuoteId id, @Valid @RequestBody QuoteWin request) {
        return quotes.win(id, request);
    }

    @Operation(summary = "Mark a quote lost", description = "reason: the code of a reason on the list (400 otherwise).")
    @PostMapping("/api/v1/quotes/{id}/lose")
    QuoteView lose(@PathVariable QuoteId id, @Valid @RequestBody QuoteLoss request) {
        return quotes.lose(id, request);
    }
}
