package io.aftersales.sales.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.sales.ContractId;
import io.aftersales.sales.ContractLineId;
import io.aftersales.sales.ContractLineView;
import io.aftersales.sales.ContractView;
import io.aftersales.sales.Contracts;
import io.aftersales.sales.NewContract;
import io.aftersales.sales.NewInvoice;
import io.aftersales.sales.NewInvoicePlan;
import io.aftersales.sales.NewQuote;
import io.aftersales.sales.NewReservation;
import io.aftersales.sales.NewShipment;
import io.aftersales.sales.ProductId;
import io.aftersales.sales.Products;
import io.aftersales.sales.SalesPeriod;
import io.aftersales.sales.ShipmentId;
import io.aftersales.sales.StockLevel;
import io.aftersales.shared.Labels;
import io.aftersales.shared.Paging;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.web.ChartSpec;
import io.aftersales.shared.web.FormErrors;
import io.aftersales.shared.web.FormSteps;
import io.aftersales.shared.web.XlsxDownload;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * 合同 and 合同履行一览表: contracts, the form to enter one directly, a contract with its lines as the fulfilment list
 * shows them and the forms to ship, invoice and book invoices; the fulfilment list with its export and the year's
 * statistics by month or quarter.
 */
@Controller
class ContractWebController {

    record LineForm(
            @Nullable String productId,
            @Nullable String quantity,
            @Nullable String unitPrice,
            @Nullable String dueOn) {

        boolean blank() {
            return Typed.blank(quantity) && Typed.blank(unitPrice);
        }
    }

    record ContractForm(
            @Size(max = 40) @Nullable String number,
            @Size(max = 100) @Nullable String customer,
            @Nullable String signedOn,
            @Nullable String deliveryDue,
            @Nullable String advancePct,
            @Nullable String deliveryPct,
            @Nullable String acceptancePct,
            @Nullable String retentionPct,
            @Nullable String paymentDays,
            @Size(max = 300) @Nullable String requiredDocuments,
            @Nullable List<LineForm> lines) {

        ContractForm {
            List<LineForm> rows = new ArrayList<>(lines == null ? List.of() : lines);
            while (rows.size() < QuoteWebController.ROWS) {
                rows.add(new LineForm(null, null, null, null));
            }
            lines = rows;
        }
    }

    private final Contracts contracts;
    private final Products products;
    private final CustomerField customers;
    private final SalesDocuments documents;
    private final FormSteps steps;
    private final Labels labels;
    private final JsonMapper json;
    private final Clock clock;

    ContractWebController(
            Contracts contracts,
            Products products,
            CustomerField customers,
            SalesDocuments documents,
            FormSteps steps,
            Labels labels,
            JsonMapper json,
            Clock clock) {
        this.contracts = contracts;
        this.products = products;
        this.customers = customers;
        this.documents = documents;
        this.steps = steps;
        this.labels = labels;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/sales/contracts")
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false, defaultValue = "false") boolean open,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute(
                "results", contracts.list(null, null, q, open, Paging.request(page, null, Paging.DEFAULT_SIZE)));
        model.addAttribute("q", q);
        model.addAttribute("open", open);
        return "sales/contracts";
    }

    @GetMapping("/sales/contracts/new")
    String form(@RequestParam(required = false) @Nullable CustomerId customerId, Model model) {
        model.addAttribute(
                "form",
                new ContractForm(
                        null,
                        customerId == null ? null : customers.nameOf(customerId),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        return showForm(model);
    }

    @PostMapping("/sales/contracts")
    String create(
            @Valid @ModelAttribute("form") ContractForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                CustomerId customer = customers.resolve(form.customer(), "customer");
                List<LineForm> rows = Objects.requireNonNull(form.lines());
                List<NewQuote.QuotedLine> offered = QuoteWebController.lines(rows.stream()
                        .map(r -> new QuoteWebController.LineForm(r.productId(), r.quantity(), r.unitPrice()))
                        .toList());
                List<NewContract.ContractedLine> lines = new ArrayList<>();
                int at = 0;
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).blank()) {
                        continue;
                    }
                    NewQuote.QuotedLine line = offered.get(at++);
                    lines.add(new NewContract.ContractedLine(
                            line.productId(),
                            line.quantity(),
                            line.unitPrice(),
                            Typed.day(rows.get(i).dueOn(), "lines[" + i + "].dueOn")));
                }
                ContractView contract = contracts.create(new NewContract(
                        form.number(),
                        customer,
                        null,
                        Typed.day(form.signedOn(), "signedOn"),
                        Typed.day(form.deliveryDue(), "deliveryDue"),
                        QuoteWebController.terms(
                                form.advancePct(),
                                form.deliveryPct(),
                                form.acceptancePct(),
                                form.retentionPct(),
                                form.paymentDays()),
                        form.requiredDocuments(),
                        lines));
                redirect.addFlashAttribute("saved", "contract.created");
                return "redirect:/sales/contracts/" + contract.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        return showForm(model);
    }

    private String showForm(Model model) {
        model.addAttribute(
                "products",
                products.search(null, true, Paging.request(0, Paging.MAX_SIZE, Paging.MAX_SIZE))
                        .items());
        return "sales/contract-form";
    }

    @GetMapping("/sales/contracts/{id}")
    String contract(@PathVariable ContractId id, Model model) {
        ContractView contract = contracts.get(id);
        model.addAttribute("contract", contract);
        Set<ProductId> sold =
                contract.lines().stream().map(ContractLineView::productId).collect(Collectors.toSet());
        TreeSet<String> warehouses = products.levels(null).stream()
                .filter(l -> l.onHand() > 0 && sold.contains(l.productId()))
                .map(StockLevel::warehouse)
                .collect(Collectors.toCollection(TreeSet::new));
        model.addAttribute("warehouses", warehouses);
        return "sales/contract";
    }

    /** A quantity per line, in fields named {@code qty.<line>}; blank lines are not shipped. */
    @PostMapping("/sales/contracts/{id}/shipments")
    String ship(@PathVariable ContractId id, HttpServletRequest request, RedirectAttributes redirect) {
        steps.run(redirect, () -> {
            List<NewShipment.ShippedLine> lines = new ArrayList<>();
            perLine(request, "qty.", (line, typed) -> {
                Integer quantity = Typed.quantity(typed, "quantity");
                if (quantity != null) {
                    lines.add(new NewShipment.ShippedLine(line, quantity));
                }
            });
            if (lines.isEmpty()) {
                throw new InvalidInputException("lines", "sales.noLines");
            }
            String warehouse = request.getParameter("warehouse");
            if (Typed.blank(warehouse)) {
                throw new InvalidInputException("warehouse", "sales.warehouseRequired");
            }
            contracts.ship(
                    id,
                    new NewShipment(
                            Objects.requireNonNull(clip(warehouse, 60, "warehouse")),
                            Typed.day(request.getParameter("shippedOn"), "shippedOn"),
                            clip(request.getParameter("carrier"), 100, "carrier"),
                            clip(request.getParameter("trackingNumber"), 60, "trackingNumber"),
                            lines));
        });
        return "redirect:/sales/contracts/" + id;
    }

    /**
     * The fields named {@code <prefix><contract line ID>} of a form, each with its contract line; a name that is not
     * a line's ID is ignored (the facade refuses lines of other contracts).
     */
    private static void perLine(HttpServletRequest request, String prefix, BiConsumer<ContractLineId, String> each) {
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith(prefix) && values.length > 0) {
                try {
                    each.accept(new ContractLineId(UUID.fromString(name.substring(prefix.length()))), values[0]);
                } catch (IllegalArgumentException e) {
                    // not a line's field
                }
            }
        });
    }

    /** Holds (or, with a negative quantity, lets go) units of a warehouse for one line. */
    @PostMapping("/sales/contracts/{id}/reservations")
    String reserve(
            @PathVariable ContractId id,
            @RequestParam(required = false) @Nullable String contractLineId,
            @RequestParam(required = false) @Nullable String warehouse,
            @RequestParam(required = false) @Nullable String quantity,
            RedirectAttributes redirect) {
        steps.run(redirect, () -> {
            ContractLineId line;
            try {
                line = new ContractLineId(UUID.fromString(contractLineId == null ? "" : contractLineId.trim()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("contractLineId", "contract.lineUnknown");
            }
            if (Typed.blank(warehouse)) {
                throw new InvalidInputException("warehouse", "sales.warehouseRequired");
            }
            int units;
            try {
                units = Integer.parseInt(quantity == null ? "" : quantity.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("quantity", "sales.badQuantity");
            }
            if (Math.abs(units) > 1_000_000) {
                throw new InvalidInputException("quantity", "sales.badQuantity");
            }
            contracts.reserve(
                    id, new NewReservation(line, Objects.requireNonNull(clip(warehouse, 60, "warehouse")), units));
        });
        return "redirect:/sales/contracts/" + id;
    }

    /** An amount per line, in fields named {@code amount.<line>}; blank lines are not invoiced. */
    @PostMapping("/sales/contracts/{id}/invoices")
    String invoice(@PathVariable ContractId id, HttpServletRequest request, RedirectAttributes redirect) {
        steps.run(redirect, () -> {
            List<NewInvoice.InvoicedLine> lines = new ArrayList<>();
            perLine(request, "amount.", (line, typed) -> {
                BigDecimal amount = Typed.amount(typed, "amount");
                if (amount != null && amount.signum() > 0) {
                    lines.add(new NewInvoice.InvoicedLine(line, amount));
                }
            });
            if (lines.isEmpty()) {
                throw new InvalidInputException("lines", "sales.noLines");
            }
            String number = request.getParameter("number");
            if (Typed.blank(number)) {
                throw new InvalidInputException("number", "invoice.numberRequired");
            }
            String fapiao = request.getParameter("eFapiao");
            if (!Typed.blank(fapiao) && !fapiao.trim().matches("\\d{20}")) {
                throw new InvalidInputException("eFapiao", "invoice.badFapiao");
            }
            BigDecimal rate = Typed.amount(request.getParameter("taxRate"), "taxRate");
            if (rate != null && rate.compareTo(new BigDecimal("100")) > 0) {
                throw new InvalidInputException("taxRate", "sales.badAmount");
            }
            String plan = request.getParameter("planId");
            contracts.invoice(
                    id,
                    new NewInvoice(
                            Objects.requireNonNull(clip(number, 40, "number")),
                            Typed.blank(fapiao) ? null : fapiao.trim(),
                            Typed.day(request.getParameter("issuedOn"), "issuedOn"),
                            rate,
                            Typed.blank(plan) ? null : uuid(plan),
                            lines));
        });
        return "redirect:/sales/contracts/" + id;
    }

    @PostMapping("/sales/contracts/{id}/invoice-plans")
    String plan(
            @PathVariable ContractId id,
            @RequestParam(required = false) @Nullable String plannedOn,
            @RequestParam(required = false) @Nullable String amount,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        steps.run(redirect, () -> {
            LocalDate day = Typed.day(plannedOn, "plannedOn");
            if (day == null) {
                throw new InvalidInputException("plannedOn", "sales.required");
            }
            BigDecimal value = Typed.requiredAmount(amount, "amount");
            if (value.signum() == 0) {
                throw new InvalidInputException("amount", "sales.badAmount");
            }
            contracts.plan(id, new NewInvoicePlan(day, value, clip(note, 200, "note")));
        });
        return "redirect:/sales/contracts/" + id;
    }

    @GetMapping("/sales/contracts/{id}/shipments/{shipmentId}/pdf")
    ResponseEntity<byte[]> shipmentPdf(@PathVariable ContractId id, @PathVariable ShipmentId shipmentId) {
        return documents.shipment(contracts.get(id), shipmentId);
    }

    @GetMapping("/sales/fulfilment")
    String fulfilment(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false, defaultValue = "true") boolean open,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false, defaultValue = "month") String by,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        int shown = year == null || year < 2000 || year > 2100
                ? LocalDate.now(clock).getYear()
                : year;
        model.addAttribute(
                "results", contracts.fulfilment(null, null, q, open, Paging.request(page, null, Paging.DEFAULT_SIZE)));
        model.addAttribute("q", q);
        model.addAttribute("open", open);
        model.addAttribute("year", shown);
        model.addAttribute("by", "quarter".equals(by) ? "quarter" : "month");
        List<SalesPeriod> periods = contracts.statistics(shown, "quarter".equals(by));
        model.addAttribute("periods", periods);
        model.addAttribute("chart", chart(periods));
        return "sales/fulfilment";
    }

    /** Signed, shipped and invoiced per period as bars; collected and expenses as lines. */
    private String chart(List<SalesPeriod> periods) {
        String signed = labels.text("statistics.signed");
        String shipped = labels.text("statistics.shipped");
        String invoiced = labels.text("statistics.invoiced");
        String collected = labels.text("statistics.collected");
        return json.writeValueAsString(new ChartSpec(
                periods.stream().map(SalesPeriod::period).toList(),
                List.of(labels.text("statistics.amount")),
                List.of(
                        new ChartSpec.Series(
                                signed,
                                "bar",
                                0,
                                periods.stream().map(SalesPeriod::signed).toList()),
                        new ChartSpec.Series(
                                shipped,
                                "bar",
                                0,
                                periods.stream().map(SalesPeriod::shipped).toList()),
                        new ChartSpec.Series(
                                invoiced,
                                "bar",
                                0,
                                periods.stream().map(SalesPeriod::invoiced).toList()),
                        new ChartSpec.Series(
                                collected,
                                "line",
                                0,
                                periods.stream().map(SalesPeriod::collected).toList()),
                        new ChartSpec.Series(
                                labels.text("statistics.expenses"),
                                "line",
                                0,
                                periods.stream().map(SalesPeriod::expenses).toList()))));
    }

    @GetMapping("/sales/fulfilment/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false, defaultValue = "true") boolean open) {
        return XlsxDownload.of("fulfilment.xlsx", out -> contracts.exportFulfilment(null, null, q, open, out));
    }

    /** The text trimmed, null when blank; longer than the field holds is refused, not cut. */
    private static @Nullable String clip(@Nullable String text, int max, String field) {
        if (Typed.blank(text)) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, "sales.tooLong", max);
        }
        return trimmed;
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("planId", "invoice.planUnknown");
        }
    }
}
