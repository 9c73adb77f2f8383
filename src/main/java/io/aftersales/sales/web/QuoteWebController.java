package io.aftersales.sales.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.sales.LossReason;
import io.aftersales.sales.LossReasons;
import io.aftersales.sales.NewQuote;
import io.aftersales.sales.PaymentTerms;
import io.aftersales.sales.ProductId;
import io.aftersales.sales.Products;
import io.aftersales.sales.QuoteId;
import io.aftersales.sales.QuoteLoss;
import io.aftersales.sales.QuoteStatus;
import io.aftersales.sales.QuoteView;
import io.aftersales.sales.QuoteWin;
import io.aftersales.sales.Quotes;
import io.aftersales.shared.Paging;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.web.FormErrors;
import io.aftersales.shared.web.FormSteps;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 报价: the quotes with the conversion rate of the year per rep and the loss reasons; the form for a new one; a quote
 * with its lines, the PDF, and sending, winning (into a contract) or losing it.
 */
@Controller
class QuoteWebController {

    /** Rows of lines the forms offer; blank rows are left out. */
    static final int ROWS = 5;

    /** A line as typed; blank when nothing but maybe the product was chosen. */
    record LineForm(
            @Nullable String productId,
            @Nullable String quantity,
            @Nullable String unitPrice) {

        boolean blank() {
            return Typed.blank(quantity) && Typed.blank(unitPrice);
        }
    }

    record QuoteForm(
            @Size(max = 100) @Nullable String customer,
            @Nullable String validUntil,
            @Nullable List<LineForm> lines) {

        QuoteForm {
            lines = padded(lines);
        }
    }

    static List<LineForm> padded(@Nullable List<LineForm> lines) {
        List<LineForm> rows = new ArrayList<>(lines == null ? List.of() : lines);
        while (rows.size() < ROWS) {
            rows.add(new LineForm(null, null, null));
        }
        return rows;
    }

    /** Winning: the contract's number, signing day, terms and documents, as typed. */
    record WinForm(
            @Nullable Long version,
            @Size(max = 40) @Nullable String contractNumber,
            @Nullable String signedOn,
            @Nullable String deliveryDue,
            @Nullable String advancePct,
            @Nullable String deliveryPct,
            @Nullable String acceptancePct,
            @Nullable String retentionPct,
            @Nullable String paymentDays,
            @Size(max = 300) @Nullable String requiredDocuments) {}

    record LossForm(
            @Nullable Long version,
            @Nullable String reason,
            @Size(max = 100) @Nullable String competitor,
            @Size(max = 500) @Nullable String note) {}

    private final Quotes quotes;
    private final LossReasons lossReasons;
    private final Products products;
    private final CustomerField customers;
    private final SalesDocuments documents;
    private final FormSteps steps;

    QuoteWebController(
            Quotes quotes,
            LossReasons lossReasons,
            Products products,
            CustomerField customers,
            SalesDocuments documents,
            FormSteps steps) {
        this.quotes = quotes;
        this.lossReasons = lossReasons;
        this.products = products;
        this.customers = customers;
        this.documents = documents;
        this.steps = steps;
    }

    @GetMapping("/sales/quotes")
    String list(
            @RequestParam(required = false) @Nullable QuoteStatus status,
            @RequestParam(required = false, defaultValue = "false") boolean mine,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        UserId rep = mine ? CurrentUser.require().userId() : null;
        model.addAttribute(
                "results", quotes.list(rep, null, status, null, null, Paging.request(page, null, Paging.DEFAULT_SIZE)));
        model.addAttribute("status", status);
        model.addAttribute("mine", mine);
        model.addAttribute("statuses", QuoteStatus.values());
        model.addAttribute("conversion", quotes.conversion(null, null, "rep"));
        model.addAttribute(
                "reasonsText",
                String.join(
                        "\n",
                        lossReasons.active().stream().map(LossReason::label).toList()));
        return "sales/quotes";
    }

    @GetMapping("/sales/quotes/new")
    String form(@RequestParam(required = false) @Nullable CustomerId customerId, Model model) {
        model.addAttribute("form", new QuoteForm(customerId == null ? null : customers.nameOf(customerId), null, null));
        return showForm(model);
    }

    @PostMapping("/sales/quotes")
    String create(
            @Valid @ModelAttribute("form") QuoteForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                CustomerId customer = customers.resolve(form.customer(), "customer");
                List<NewQuote.QuotedLine> lines = lines(form.lines());
                QuoteView quote =
                        quotes.create(new NewQuote(customer, null, Typed.day(form.validUntil(), "validUntil"), lines));
                redirect.addFlashAttribute("saved", "quote.created");
                return "redirect:/sales/quotes/" + quote.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        return showForm(model);
    }

    /** The rows that are not blank, as quote lines; a row's problem names its field. */
    static List<NewQuote.QuotedLine> lines(@Nullable List<LineForm> rows) {
        List<NewQuote.QuotedLine> lines = new ArrayList<>();
        List<LineForm> all = rows == null ? List.of() : rows;
        for (int i = 0; i < all.size(); i++) {
            LineForm row = all.get(i);
            if (row.blank()) {
                continue;
            }
            String at = "lines[" + i + "].";
            if (Typed.blank(row.productId())) {
                throw new InvalidInputException(at + "productId", "sales.required");
            }
            ProductId product;
            try {
                product = new ProductId(UUID.fromString(row.productId().trim()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(at + "productId", "product.unknown");
            }
            Integer quantity = Typed.quantity(row.quantity(), at + "quantity");
            if (quantity == null) {
                throw new InvalidInputException(at + "quantity", "sales.required");
            }
            lines.add(new NewQuote.QuotedLine(product, quantity, Typed.amount(row.unitPrice(), at + "unitPrice")));
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("lines", "sales.noLines");
        }
        return lines;
    }

    private String showForm(Model model) {
        model.addAttribute(
                "products",
                products.search(null, true, Paging.request(0, Paging.MAX_SIZE, Paging.MAX_SIZE))
                        .items());
        return "sales/quote-form";
    }

    /** The list of loss reasons, one per line. */
    @PostMapping("/sales/loss-reasons")
    String lossReasons(@RequestParam(required = false) @Nullable String reasons, RedirectAttributes redirect) {
        steps.run(redirect, () -> lossReasons.set(reasons == null ? List.of() : Arrays.asList(reasons.split("\\R"))));
        return "redirect:/sales/quotes";
    }

    @GetMapping("/sales/quotes/{id}")
    String quote(@PathVariable QuoteId id, Model model) {
        model.addAttribute("quote", quotes.get(id));
        model.addAttribute("reasons", lossReasons.active());
        model.addAttribute("terms", PaymentTerms.onDelivery());
        return "sales/quote";
    }

    @GetMapping("/sales/quotes/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable QuoteId id) {
        return documents.quote(quotes.get(id));
    }

    @PostMapping("/sales/quotes/{id}/send")
    String send(@PathVariable QuoteId id, @RequestParam long version, RedirectAttributes redirect) {
        steps.run(redirect, () -> quotes.send(id, version));
        return "redirect:/sales/quotes/" + id;
    }

    @PostMapping("/sales/quotes/{id}/win")
    String win(
            @PathVariable QuoteId id,
            @Valid @ModelAttribute WinForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        steps.run(
                binding,
                redirect,
                () -> quotes.win(
                        id,
                        new QuoteWin(
                                version(form.version()),
                                form.contractNumber(),
                                Typed.day(form.signedOn(), "signedOn"),
                                Typed.day(form.deliveryDue(), "deliveryDue"),
                                terms(
                                        form.advancePct(),
                                        form.deliveryPct(),
                                        form.acceptancePct(),
                                        form.retentionPct(),
                                        form.paymentDays()),
                                form.requiredDocuments())));
        return "redirect:/sales/quotes/" + id;
    }

    /** Terms as typed: blank percentages are 0, blank days 30; none typed at all is all on delivery. */
    static @Nullable PaymentTerms terms(
            @Nullable String advance,
            @Nullable String delivery,
            @Nullable String acceptance,
            @Nullable String retention,
            @Nullable String days) {
        if (Arrays.asList(advance, delivery, acceptance, retention, days).stream()
                .allMatch(Typed::blank)) {
            return null;
        }
        BigDecimal[] pct = new BigDecimal[4];
        String[] typed = {advance, delivery, acceptance, retention};
        String[] fields = {"advancePct", "deliveryPct", "acceptancePct", "retentionPct"};
        for (int i = 0; i < 4; i++) {
            BigDecimal value = Typed.amount(typed[i], fields[i]);
            if (value != null && value.compareTo(new BigDecimal("100")) > 0) {
                throw new InvalidInputException(fields[i], "contract.termsNot100");
            }
            pct[i] = value == null ? BigDecimal.ZERO : value;
        }
        int paymentDays = 30;
        if (!Typed.blank(days)) {
            try {
                paymentDays = Integer.parseInt(days.trim());
            } catch (NumberFormatException e) {
                paymentDays = -1;
            }
            if (paymentDays < 0 || paymentDays > 720) {
                throw new InvalidInputException("paymentDays", "sales.badDays");
            }
        }
        PaymentTerms terms = new PaymentTerms(pct[0], pct[1], pct[2], pct[3], paymentDays);
        if (!terms.addsUp()) {
            throw new InvalidInputException("terms", "contract.termsNot100");
        }
        return terms;
    }

    static long version(@Nullable Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "sales.required");
        }
        return version;
    }

    @PostMapping("/sales/quotes/{id}/lose")
    String lose(
            @PathVariable QuoteId id,
            @Valid @ModelAttribute LossForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        steps.run(
                binding,
                redirect,
                () -> quotes.lose(
                        id, new QuoteLoss(version(form.version()), form.reason(), form.competitor(), form.note())));
        return "redirect:/sales/quotes/" + id;
    }
}
