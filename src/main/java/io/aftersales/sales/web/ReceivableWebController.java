package io.aftersales.sales.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.sales.CollectionMethod;
import io.aftersales.sales.ReceivableId;
import io.aftersales.sales.Receivables;
import io.aftersales.sales.StatementConfirmation;
import io.aftersales.sales.StatementId;
import io.aftersales.sales.StatementView;
import io.aftersales.sales.WorkOrderInvoice;
import io.aftersales.shared.Paging;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.web.FormErrors;
import io.aftersales.shared.web.FormSteps;
import io.aftersales.shared.web.XlsxDownload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
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
 * 应收账款 and 对账单: the ageing of what is open and the receivables with a form to record a payment on each; the
 * statements, the form to make one, a statement with its lines, its PDF and the customer's confirmation.
 */
@Controller
class ReceivableWebController {

    record PaymentForm(
            @Nullable String amount,
            @Nullable String receivedOn,
            @Nullable String method,
            @Size(max = 100) @Nullable String reference) {}

    record StatementForm(
            @Size(max = 100) @Nullable String customer,
            @Nullable String from,
            @Nullable String to) {}

    record ConfirmForm(
            @Nullable Long version,
            @Size(max = 100) @Nullable String confirmedBy,
            @Nullable String confirmedOn,
            @Size(max = 500) @Nullable String note) {}

    private final Receivables receivables;
    private final CustomerField customers;
    private final SalesDocuments documents;
    private final FormSteps steps;

    ReceivableWebController(
            Receivables receivables, CustomerField customers, SalesDocuments documents, FormSteps steps) {
        this.receivables = receivables;
        this.customers = customers;
        this.documents = documents;
        this.steps = steps;
    }

    @GetMapping("/sales/receivables")
    String list(
            @RequestParam(required = false) @Nullable CustomerId customerId,
            @RequestParam(required = false, defaultValue = "true") boolean open,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute("ageing", receivables.ageing(customerId, null));
        model.addAttribute(
                "results",
                receivables.list(customerId, null, null, open, Paging.request(page, null, Paging.DEFAULT_SIZE)));
        model.addAttribute("customerId", customerId);
        model.addAttribute("open", open);
        model.addAttribute("methods", CollectionMethod.values());
        return "sales/receivables";
    }

    /** 催收计划: what each rep is to collect in the coming days, on a phone; a sales person sees their own first. */
    @GetMapping("/sales/collections")
    String collections(
            @RequestParam(required = false, defaultValue = "30") int days,
            @RequestParam(required = false, defaultValue = "false") boolean mine,
            Model model) {
        int window = Math.max(1, Math.min(days, 366));
        model.addAttribute(
                "plan", receivables.collectionPlan(mine ? CurrentUser.require().userId() : null, window));
        model.addAttribute("days", window);
        model.addAttribute("mine", mine);
        return "sales/collections";
    }

    @GetMapping("/sales/receivables/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable CustomerId customerId) {
        return XlsxDownload.of("receivables.xlsx", out -> receivables.export(customerId, null, out));
    }

    /** A payment matched to this one receivable. */
    @PostMapping("/sales/receivables/{id}/payments")
    String pay(
            @PathVariable ReceivableId id,
            @Valid @ModelAttribute PaymentForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        steps.run(binding, redirect, () -> {
            CollectionMethod method = Arrays.stream(CollectionMethod.values())
                    .filter(m -> m.name().equals(form.method()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("method", "sales.required"));
            receivables.payOne(
                    id,
                    Typed.requiredAmount(form.amount(), "amount"),
                    Typed.day(form.receivedOn(), "receivedOn"),
                    method,
                    Typed.blank(form.reference()) ? null : form.reference().trim());
        });
        return "redirect:/sales/receivables";
    }

    /** The invoice issued for a work order's receivable. */
    @PostMapping("/sales/receivables/{id}/invoice")
    String invoice(
            @PathVariable ReceivableId id,
            @RequestParam(required = false) @Nullable String number,
            @RequestParam(required = false) @Nullable String eFapiao,
            @RequestParam(required = false) @Nullable String issuedOn,
            @RequestParam(required = false) @Nullable String taxRate,
            RedirectAttributes redirect) {
        steps.run(redirect, () -> {
            if (Typed.blank(number) || number.trim().length() > 40) {
                throw new InvalidInputException("number", "invoice.numberRequired");
            }
            if (!Typed.blank(eFapiao) && !eFapiao.trim().matches("\\d{20}")) {
                throw new InvalidInputException("eFapiao", "invoice.badFapiao");
            }
            BigDecimal rate = Typed.amount(taxRate, "taxRate");
            if (rate != null && rate.compareTo(new BigDecimal("100")) > 0) {
                throw new InvalidInputException("taxRate", "sales.badAmount");
            }
            receivables.invoiceWorkOrder(
                    id,
                    new WorkOrderInvoice(
                            number.trim(),
                            Typed.blank(eFapiao) ? null : eFapiao.trim(),
                            Typed.day(issuedOn, "issuedOn"),
                            rate));
        });
        return "redirect:/sales/receivables";
    }

    /** A customer's credit limit, from their page; blank removes it. */
    @PostMapping("/sales/customers/{customerId}/credit-limit")
    String creditLimit(
            @PathVariable CustomerId customerId,
            @RequestParam(required = false) @Nullable String limit,
            RedirectAttributes redirect) {
        steps.run(redirect, () -> receivables.setCreditLimit(customerId, Typed.amount(limit, "limit")));
        return "redirect:/customers/" + customerId;
    }

    @GetMapping("/sales/statements")
    String statements(@RequestParam(required = false) @Nullable CustomerId customerId, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form", new StatementForm(customerId == null ? null : customers.nameOf(customerId), null, null));
        }
        model.addAttribute("statements", receivables.statements(customerId));
        return "sales/statements";
    }

    @PostMapping("/sales/statements")
    String makeStatement(
            @Valid @ModelAttribute("form") StatementForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                CustomerId customer = customers.resolve(form.customer(), "customer");
                LocalDate from = Typed.day(form.from(), "from");
                LocalDate to = Typed.day(form.to(), "to");
                if (from == null) {
                    throw new InvalidInputException("from", "sales.required");
                }
                if (to == null) {
                    throw new InvalidInputException("to", "sales.required");
                }
                StatementView made = receivables.makeStatement(customer, from, to);
                redirect.addFlashAttribute("saved", "statement.made");
                return "redirect:/sales/statements/" + made.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        return statements(null, model);
    }

    @GetMapping("/sales/statements/{id}")
    String statement(@PathVariable StatementId id, Model model) {
        model.addAttribute("statement", receivables.statement(id));
        return "sales/statement";
    }

    @GetMapping("/sales/statements/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable StatementId id) {
        return documents.statement(receivables.statement(id));
    }

    @PostMapping("/sales/statements/{id}/confirm")
    String confirm(
            @PathVariable StatementId id,
            @Valid @ModelAttribute ConfirmForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        steps.run(binding, redirect, () -> {
            if (Typed.blank(form.confirmedBy())) {
                throw new InvalidInputException("confirmedBy", "sales.required");
            }
            receivables.confirm(
                    id,
                    new StatementConfirmation(
                            QuoteWebController.version(form.version()),
                            form.confirmedBy().trim(),
                            Typed.day(form.confirmedOn(), "confirmedOn"),
                            Typed.blank(form.note()) ? null : form.note().trim()));
        });
        return "redirect:/sales/statements/" + id;
    }
}
