package io.aftersales.sales;

import io.aftersales.customer.CustomerId;
import io.aftersales.sales.domain.ContractStore;
import io.aftersales.sales.domain.ProductStore;
import io.aftersales.sales.domain.ReceivableStore;
import io.aftersales.shared.Labels;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.DuplicateException;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.staff.ExpenseClaims;
import io.aftersales.staff.ReferencedExpense;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts (合同) from won quotes or entered directly, with lines, delivery, payment terms and the documents the
 * goods need; shipments from finished-goods stock against their lines; planned and issued invoices, each issued one
 * a receivable; the fulfilment list over all of them and contract statistics by month or quarter. No line is ever
 * shipped or invoiced beyond what was contracted, and no shipment takes more than a warehouse holds.
 */
@Service
public class Contracts {

    static final BigDecimal DEFAULT_TAX_RATE = new BigDecimal("13");

    private final ContractStore store;
    private final ProductStore stock;
    private final ReceivableStore receivables;
    private final Products products;
    private final Names names;
    private final SalesCalendar calendar;
    private final ExpenseClaims expenses;
    private final AuditTrail auditTrail;
    private final Labels labels;
    private final Clock clock;

    Contracts(
            ContractStore store,
            ProductStore stock,
            ReceivableStore receivables,
            Products products,
            Names names,
            SalesCalendar calendar,
            ExpenseClaims expenses,
            AuditTrail auditTrail,
            Labels labels,
            Clock clock) {
        this.store = store;
        this.stock = stock;
        this.receivables = receivables;
        this.products = products;
        this.names = names;
        this.calendar = calendar;
        this.expenses = expenses;
        this.auditTrail = auditTrail;
        this.labels = labels;
        this.clock = clock;
    }

    @PreAuthorize(SalesRoles.DESK)
    @Transactional
    public ContractView create(NewContract request) {
        return create(request, null);
    }

    /** A contract entered directly, or from the quote given (which the caller marks won). */
    ContractView create(NewContract request, @Nullable QuoteId quote) {
        SignedInUser me = CurrentUser.require();
        UUID org = me.organizationId().value();
        names.customer(request.customerId());
        UUID rep = names.rep(request.repId(), me.userId());
        LocalDate today = calendar.today();
        LocalDate signedOn = request.signedOn() == null ? today : request.signedOn();
        if (signedOn.isAfter(today)) {
            throw new InvalidInputException("signedOn", "contract.signedInFuture");
        }
        if (request.deliveryDue() != null && request.deliveryDue().isBefore(signedOn)) {
            throw new InvalidInputException("deliveryDue", "contract.dueBeforeSigned");
        }
        PaymentTerms terms = request.terms() == null ? PaymentTerms.onDelivery() : request.terms();
        if (!terms.addsUp()) {
            throw new InvalidInputException("terms", "contract.termsNot100");
        }
        String number = Products.trim(request.number());
        if (number == null) {
            number = calendar.number("HT", signedOn);
        } else if (store.numberTaken(org, number)) {
            throw new DuplicateException("number", "contract.numberTaken", number);
        }
        Map<ProductId, ProductView> known = products.getAll(request.lines().stream()
                .map(NewContract.ContractedLine::productId)
                .toList());
        UUID id = Ids.newId();
        List<ContractStore.Line> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            NewContract.ContractedLine line = request.lines().get(i);
            ProductView product = known.get(line.productId());
            if (product == null || !product.active()) {
                throw new InvalidInputException("lines[" + i + "].productId", "product.unknown");
            }
            BigDecimal price = (line.unitPrice() == null ? product.listPrice() : line.unitPrice()).setScale(2);
            lines.add(new ContractStore.Line(
                    Ids.newId(),
                    id,
                    i + 1,
                    product.id().value(),
                    line.quantity(),
                    price,
                    price.multiply(BigDecimal.valueOf(line.quantity())).setScale(2),
                    line.dueOn(),
                    0,
                    0,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO));
        }
        BigDecimal total = lines.stream()
                .map(ContractStore.Line::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        store.insert(
                org,
                new ContractStore.Contract(
                        id,
                        number,
                        request.customerId().value(),
                        rep,
                        quote == null ? null : quote.value(),
                        signedOn,
                        request.deliveryDue(),
                        total,
                        terms.advancePct(),
                        terms.deliveryPct(),
                        terms.acceptancePct(),
                        terms.retentionPct(),
                        terms.paymentDays(),
                        Products.trim(request.requiredDocuments()),
                        clock.instant()),
                lines);
        auditTrail.record("CREATE", "Contract", id, number + " " + total);
        return get(new ContractId(id));
    }

    @PreAuthorize(SalesRoles.READERS)
    @Transactional(readOnly = true)
    public ContractView get(ContractId id) {
        ContractStore.Contract contract = found(id);
        List<ContractStore.Line> lines = store.lines(List.of(contract.id())).getOrDefault(contract.id(), List.of());
        Map<ProductId, ProductView> productsById = productsOf(lines);
        List<ContractLineView> lineViews =
                lines.stream().map(l -> lineView(l, productsById)).toList();
        Map<UUID, ContractLineView> byLine = lineViews.stream().collect(Collectors.toMap(l -> l.id().value(), l -> l));
        List<ContractStore.Shipment> shipments = store.shipments(contract.id());
        Map<UUID, List<ContractStore.ShipmentLine>> shipmentLines =
                store
                        .shipmentLines(shipments.stream()
                                .map(ContractStore.Shipment::id)
                                .toList())
                        .stream()
                        .collect(Collectors.groupingBy(ContractStore.ShipmentLine::shipmentId));
        List<ContractStore.Invoice> invoices = store.invoices(contract.id());
        Map<UUID, BigDecimal> collectedByInvoice = store.collectedByInvoice(
                invoices.stream().map(ContractStore.Invoice::id).toList());
        Map<UUID, String> people = names.people(java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(contract.repId()),
                        shipments.stream().map(ContractStore.Shipment::shippedBy))
                .toList());
        Map<UUID, String> customers = names.customers(List.of(contract.customerId()));
        return new ContractView(
                new ContractId(contract.id()),
                contract.number(),
                new CustomerId(contract.customerId()),
                customers.getOrDefault(contract.customerId(), ""),
                new UserId(contract.repId()),
                people.getOrDefault(contract.repId(), ""),
                contract.quoteId() == null ? null : new QuoteId(contract.quoteId()),
                contract.signedOn(),
                contract.deliveryDue(),
                contract.total(),
                new PaymentTerms(
                        contract.advancePct(),
                        contract.deliveryPct(),
                        contract.acceptancePct(),
                        contract.retentionPct(),
                        contract.paymentDays()),
                contract.requiredDocuments(),
                lineViews,
                store.reservations(lines.stream().map(ContractStore.Line::id).toList()).stream()
                        .map(r -> new ContractView.Held(
                                new ContractLineId(r.contractLineId()),
                                byLine.get(r.contractLineId()).model(),
                                r.warehouse(),
                                r.quantity()))
                        .toList(),
                shipments.stream()
                        .map(s -> new ContractView.ContractShipment(
                                new ShipmentId(s.id()),
                                s.number(),
                                s.warehouse(),
                                s.shippedOn(),
                                s.carrier(),
                                s.trackingNumber(),
                                people.getOrDefault(s.shippedBy(), ""),
                                shipmentLines.getOrDefault(s.id(), List.of()).stream()
                                        .map(sl -> {
                                            ContractLineView l = byLine.get(sl.contractLineId());
                                            return new ContractView.ShippedItem(
                                                    l.id(), l.model(), l.name(), l.unit(), sl.quantity());
                                        })
                                        .toList()))
                        .toList(),
                invoices.stream()
                        .map(i -> new ContractView.ContractInvoice(
                                new InvoiceId(i.id()),
                                i.number(),
                                i.eFapiao(),
                                i.issuedOn(),
                                i.amount(),
                                i.taxRate(),
                                i.tax(),
                                new ReceivableId(i.receivableId()),
                                collectedByInvoice.getOrDefault(i.id(), BigDecimal.ZERO)))
                        .toList(),
                store.plans(contract.id()).stream()
                        .map(p -> new ContractView.InvoicePlan(
                                p.id(),
                                p.plannedOn(),
                                p.amount(),
                                p.note(),
                                p.invoiceId() == null ? null : new InvoiceId(p.invoiceId())))
                        .toList(),
                sum(lineViews, ContractLineView::shippedAmount),
                sum(lineViews, ContractLineView::invoiced),
                sum(lineViews, ContractLineView::collected),
                expenses.referencing(List.of(contract.number())).stream()
                        .map(ReferencedExpense::total)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .setScale(2));
    }

    /** Contracts, latest signed first: of a customer, a rep, whose number holds the text, only those not done. */
    @PreAuthorize(SalesRoles.READERS)
    @Transactional(readOnly = true)
    public PagedResult<ContractSummary> list(
            @Nullable CustomerId customerId,
            @Nullable UserId repId,
            @Nullable String text,
            boolean openOnly,
            Pageable page) {
        UUID org = org();
        ContractStore.Filter filter = filter(customerId, repId, text, openOnly);
        List<ContractStore.Contract> contracts = store.page(org, filter, page.getOffset(), page.getPageSize());
        Map<UUID, List<ContractStore.Line>> lines =
                store.lines(contracts.stream().map(ContractStore.Contract::id).toList());
        Map<UUID, String> customers = names.customers(
                contracts.stream().map(ContractStore.Contract::customerId).toList());
        Map<UUID, String> reps = names.people(
                contracts.stream().map(ContractStore.Contract::repId).toList());
        List<ContractSummary> summaries = contracts.stream()
                .map(c -> {
                    List<ContractStore.Line> own = lines.getOrDefault(c.id(), List.of());
                    return new ContractSummary(
                            new ContractId(c.id()),
                            c.number(),
                            customers.getOrDefault(c.customerId(), ""),
                            reps.getOrDefault(c.repId(), ""),
                            c.signedOn(),
                            c.deliveryDue(),
                            c.total(),
                            own.stream()
                                    .map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.shipped())))
                                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                                    .setScale(2),
                            own.stream().map(ContractStore.Line::invoiced).reduce(BigDecimal.ZERO, BigDecimal::add),
                            own.stream().map(ContractStore.Line::collected).reduce(BigDecimal.ZERO, BigDecimal::add),
                            own.stream()
                                    .allMatch(l -> l.shipped() == l.quantity()
                                            && l.invoiced().compareTo(l.amount()) == 0
                                            && l.collected().compareTo(l.invoiced()) == 0));
                })
                .toList();
        return new PagedResult<>(summaries, page.getPageNumber(), page.getPageSize(), store.count(org, filter));
    }

    /** The fulfilment list (合同履行一览表): one row per contract line of the contracts the filter shows. */
    @PreAuthorize(SalesRoles.READERS)
    @Transactional(readOnly = true)
    public PagedResult<FulfilmentRow> fulfilment(
            @Nullable CustomerId customerId,
            @Nullable UserId repId,
            @Nullable String text,
            boolean openOnly,
            Pageable page) {
        UUID org = org();
        ContractStore.Filter filter = filter(customerId, repId, text, openOnly);
        return new PagedResult<>(
                rows(org, store.fulfilment(org, filter, page.getOffset(), page.getPageSize())),
                page.getPageNumber(),
                page.getPageSize(),
                store.countFulfilment(org, filter));
    }

    /** The same rows as a sheet, headers in the reader's language. */
    @PreAuthorize(SalesRoles.READERS)
    @Transactional(readOnly = true)
    public void exportFulfilment(
            @Nullable CustomerId customerId,
            @Nullable UserId repId,
            @Nullable String text,
            boolean openOnly,
            OutputStream out) {
        UUID org = org();
        List<List<?>> rows = new ArrayList<>();
        for (FulfilmentRow row :
                rows(org, store.fulfilment(org, filter(customerId, repId, text, openOnly), 0, 20_000))) {
            ContractLineView l = row.line();
            rows.add(Arrays.asList(
                    row.contractNumber(),
                    row.customerName(),
                    row.repName(),
                    row.signedOn(),
                    l.model(),
                    l.name(),
                    l.quantity(),
                    l.unitPrice(),
                    l.amount(),
                    l.dueOn(),
                    l.inStock(),
                    l.shipped(),
                    l.toShip(),
                    l.invoiced(),
                    l.collected(),
                    l.outstanding()));
        }
        Spreadsheets.writeXlsx(
                out,
                labels.text("fulfilment.title"),
                labels.texts(
                        "contract.number",
                        "contract.customer",
                        "contract.rep",
                        "contract.signedOn",
                        "product.model",
                        "product.name",
                        "fulfilment.quantity",
                        "fulfilment.unitPrice",
                        "fulfilment.amount",
                        "fulfilment.dueOn",
                        "fulfilment.inStock",
                        "fulfilment.shipped",
                        "fulfilment.toShip",
                        "fulfilment.invoiced",
                        "fulfilment.collected",
                        "fulfilment.outstanding"),
                rows);
    }

    private List<FulfilmentRow> rows(UUID org, List<ContractStore.Line> lines) {
        Map<UUID, ContractStore.Contract> contracts =
                store
                        .findAll(
                                org,
                                lines.stream()
                                        .map(ContractStore.Line::contractId)
                                        .distinct()
                                        .toList())
                        .stream()
                        .collect(Collectors.toMap(ContractStore.Contract::id, Function.identity()));
        Map<ProductId, ProductView> productsById = productsOf(lines);
        Map<UUID, String> customers = names.customers(contracts.values().stream()
                .map(ContractStore.Contract::customerId)
                .toList());
        Map<UUID, String> reps = names.people(
                contracts.values().stream().map(ContractStore.Contract::repId).toList());
        return lines.stream()
                .map(l -> {
                    ContractStore.Contract c = contracts.get(l.contractId());
                    return new FulfilmentRow(
                            new ContractId(c.id()),
                            c.number(),
                            customers.getOrDefault(c.customerId(), ""),
                            reps.getOrDefault(c.repId(), ""),
                            c.signedOn(),
                            lineView(l, productsById));
                })
                .toList();
    }

    /**
     * Ships units of contract lines from a warehouse. A line beyond what was contracted, a product the warehouse does
     * not hold enough of, or a customer who would then owe more than their credit limit (what they owe now and the
     * shipment's value) refuses the whole shipment (409) and changes nothing; of concurrent shipments of the last
     * units exactly one succeeds.
     */
    @PreAuthorize(SalesRoles.DESK)
    @Transactional
    public ContractView ship(ContractId id, NewShipment request) {
        SignedInUser me = CurrentUser.require();
        UUID org = me.organizationId().value();
        ContractStore.Contract contract = found(id);
        Map<UUID, ContractStore.Line> lines = ownLines(contract);
        LocalDate today = calendar.today();
        LocalDate shippedOn = request.shippedOn() == null ? today : request.shippedOn();
        if (shippedOn.isAfter(today)) {
            throw new InvalidInputException("shippedOn", "contract.shippedInFuture");
        }
        String warehouse = request.warehouse().trim();
        UUID shipmentId = Ids.newId();
        Set<UUID> seen = new HashSet<>();
        List<ContractStore.ShipmentLine> shipped = new ArrayList<>();
        Map<ProductId, ProductView> productsById = productsOf(lines.values());
        for (int i = 0; i < request.lines().size(); i++) {
            NewShipment.ShippedLine asked = request.lines().get(i);
            ContractStore.Line line = named(lines, seen, asked.contractLineId(), i);
            ProductView product = productsById.get(new ProductId(line.productId()));
            String model = product == null
                    ? ""
                    : product.model(); // What the line holds in this warehouse goes first; the rest must be free there.
            int held = Math.min(asked.quantity(), heldIn(line.id(), warehouse));
            if (!store.ship(line.id(), asked.quantity(), held)) {
                throw new DomainException(
                        "over-shipment", "contract.overShipment", model, line.quantity() - line.shipped());
            }
            if (!stock.issue(org, line.productId(), warehouse, asked.quantity(), held)) {
                throw new DomainException(
                        "insufficient-stock",
                        "contract.notInStock",
                        model,
                        warehouse,
                        stock.free(org, line.productId(), warehouse) + held);
            }
            if (held > 0 && !store.hold(line.id(), warehouse, -held)) {
                throw new IllegalStateException("hold of " + line.id() + " in " + warehouse + " changed meanwhile");
            }
            stock.move(
                    org,
                    line.productId(),
                    warehouse,
                    -asked.quantity(),
                    "SHIPMENT",
                    shipmentId,
                    contract.number(),
                    clock.instant(),
                    me.userId().value());
            shipped.add(new ContractStore.ShipmentLine(shipmentId, line.id(), asked.quantity()));
        }
        BigDecimal value = shipped.stream()
                .map(s -> lines.get(s.contractLineId()).unitPrice().multiply(BigDecimal.valueOf(s.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal limit = receivables.creditLimit(org, contract.customerId()).orElse(null);
        if (limit != null) {
            BigDecimal owed = receivables.openOf(org, contract.customerId());
            if (owed.add(value).compareTo(limit) > 0) {
                throw new DomainException(
                        "credit-limit",
                        "contract.overCreditLimit",
                        owed.setScale(2).toPlainString(),
                        value.setScale(2).toPlainString(),
                        limit.toPlainString());
            }
        }
        String number = calendar.number("FH", shippedOn);
        store.insertShipment(
                org,
                new ContractStore.Shipment(
                        shipmentId,
                        number,
                        contract.id(),
                        warehouse,
                        shippedOn,
                        Products.trim(request.carrier()),
                        Products.trim(request.trackingNumber()),
                        me.userId().value()),
                shipped);
        auditTrail.record("SHIP", "Contract", id, number + " " + warehouse);
        return get(id);
    }

    /**
     * Issues an invoice against contract lines: each line's amount stays within what was contracted (409 otherwise,
     * nothing changed). The invoice becomes a receivable due after the contract's payment days.
     */
    @PreAuthorize(SalesRoles.BILLING)
    @Transactional
    public ContractView invoice(ContractId id, NewInvoice request) {
        SignedInUser me = CurrentUser.require();
        UUID org = me.organizationId().value();
        ContractStore.Contract contract = found(id);
        Map<UUID, ContractStore.Line> lines = ownLines(contract);
        String number = request.number().trim();
        if (receivables.invoiceNumberTaken(org, number)) {
            throw new DuplicateException("number", "invoice.numberTaken", number);
        }
        LocalDate today = calendar.today();
        LocalDate issuedOn = request.issuedOn() == null ? today : request.issuedOn();
        if (issuedOn.isAfter(today)) {
            throw new InvalidInputException("issuedOn", "invoice.issuedInFuture");
        }
        UUID invoiceId = Ids.newId();
        Set<UUID> seen = new HashSet<>();
        List<ContractStore.InvoiceLine> invoiced = new ArrayList<>();
        Map<ProductId, ProductView> productsById = productsOf(lines.values());
        for (int i = 0; i < request.lines().size(); i++) {
            NewInvoice.InvoicedLine asked = request.lines().get(i);
            ContractStore.Line line = named(lines, seen, asked.contractLineId(), i);
            BigDecimal amount = asked.amount().setScale(2);
            if (!store.invoice(line.id(), amount)) {
                ProductView product = productsById.get(new ProductId(line.productId()));
                throw new DomainException(
                        "over-invoice",
                        "contract.overInvoice",
                        product == null ? "" : product.model(),
                        line.amount().subtract(line.invoiced()).toPlainString());
            }
            invoiced.add(new ContractStore.InvoiceLine(invoiceId, i + 1, line.id(), amount, BigDecimal.ZERO));
        }
        BigDecimal total = invoiced.stream()
                .map(ContractStore.InvoiceLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        BigDecimal rate = request.taxRate() == null ? DEFAULT_TAX_RATE : request.taxRate();
        BigDecimal tax = total.subtract(total.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(100).add(rate), 2, RoundingMode.HALF_UP));
        UUID receivableId = Ids.newId();
        receivables.insert(
                org,
                new ReceivableStore.Receivable(
                        receivableId,
                        contract.customerId(),
                        ReceivableKind.INVOICE,
                        null,
                        contract.id(),
                        null,
                        number,
                        issuedOn,
                        issuedOn.plusDays(contract.paymentDays()),
                        total,
                        BigDecimal.ZERO,
                        contract.repId(),
                        null,
                        null,
                        null,
                        null));
        store.insertInvoice(
                org,
                new ContractStore.Invoice(
                        invoiceId,
                        number,
                        request.eFapiao(),
                        contract.id(),
                        issuedOn,
                        total,
                        rate.setScale(2),
                        tax,
                        receivableId,
                        me.userId().value()),
                invoiced);
        if (request.planId() != null && !store.issuePlan(contract.id(), request.planId(), invoiceId)) {
            throw new DomainException("plan-issued", "invoice.planIssued");
        }
        auditTrail.record("INVOICE", "Contract", id, number + " " + total);
        return get(id);
    }

    /**
     * Holds units of a warehouse for a contract line (预留) — never more than the line has left to ship nor than the
     * warehouse holds for nobody — or lets held units go with a negative quantity (never more than are held).
     */
    @PreAuthorize(SalesRoles.DESK)
    @Transactional
    public ContractView reserve(ContractId id, NewReservation request) {
        UUID org = org();
        ContractStore.Contract contract = found(id);
        ContractStore.Line line =
                ownLines(contract).get(request.contractLineId().value());
        if (line == null) {
            throw new InvalidInputException("contractLineId", "contract.lineUnknown");
        }
        String warehouse = request.warehouse().trim();
        int quantity = request.quantity();
        if (quantity == 0) {
            throw new InvalidInputException("quantity", "reservation.zero");
        }
        if (!store.reserve(line.id(), warehouse, quantity)) {
            throw new DomainException(
                    quantity > 0 ? "over-reservation" : "not-reserved",
                    quantity > 0 ? "reservation.overLine" : "reservation.notHeld",
                    line.quantity() - line.shipped() - line.reserved(),
                    heldIn(line.id(), warehouse));
        }
        if (!stock.reserve(org, line.productId(), warehouse, quantity)) {
            throw new DomainException(
                    "insufficient-stock",
                    "reservation.notFree",
                    warehouse,
                    stock.free(org, line.productId(), warehouse));
        }
        auditTrail.record(quantity > 0 ? "RESERVE" : "RELEASE", "Contract", id, warehouse + " " + quantity);
        return get(id);
    }

    private int heldIn(UUID line, String warehouse) {
        return store.reservations(List.of(line)).stream()
                .filter(r -> r.warehouse().equals(warehouse))
                .mapToInt(ContractStore.Reservation::quantity)
                .sum();
    }

    /** Books an invoice for a day (发票预约); the planned amounts never exceed the contract's total. */
    @PreAuthorize(SalesRoles.BILLING)
    @Transactional
    public ContractView plan(ContractId id, NewInvoicePlan request) {
        ContractStore.Contract contract = found(id);
        BigDecimal planned = store.plans(contract.id()).stream()
                .map(ContractStore.Plan::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (planned.add(request.amount()).compareTo(contract.total()) > 0) {
            throw new DomainException(
                    "over-plan",
                    "invoice.planOverTotal",
                    contract.total().subtract(planned).toPlainString());
        }
        store.insertPlan(new ContractStore.Plan(
                Ids.newId(),
                contract.id(),
                request.plannedOn(),
                request.amount().setScale(2),
                Products.trim(request.note()),
                null));
        auditTrail.record("PLAN_INVOICE", "Contract", id, request.plannedOn() + " " + request.amount());
        return get(id);
    }

    /** Contract statistics of a year by month or by quarter: signed, shipped, invoiced, collected, expenses. */
    @PreAuthorize(SalesRoles.READERS)
    @Transactional(readOnly = true)
    public List<SalesPeriod> statistics(int year, boolean quarterly) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "sales.badYear");
        }
        UUID org = org();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<String, BigDecimal> signed = store.sumsByMonth(org, "signed", from, to);
        Map<String, BigDecimal> shipped = store.sumsByMonth(org, "shipped", from, to);
        Map<String, BigDecimal> invoiced = store.sumsByMonth(org, "invoiced", from, to);
        Map<String, BigDecimal> collected = receivables.collectedByMonth(org, from, to);
        Map<String, BigDecimal> spent = new HashMap<>();
        expenses.referencing(store.numbers(org)).stream()
                .filter(e -> e.filedOn().getYear() == year)
                .forEach(e -> spent.merge(e.filedOn().toString().substring(0, 7), e.total(), BigDecimal::add));
        Map<String, BigDecimal[]> periods = new java.util.LinkedHashMap<>();
        for (int month = 1; month <= 12; month++) {
            String key = "%d-%02d".formatted(year, month);
            String period = quarterly ? "%d-Q%d".formatted(year, (month + 2) / 3) : key;
            BigDecimal[] sums = periods.computeIfAbsent(period, p -> new BigDecimal[] {
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO
            });
            sums[0] = sums[0].add(signed.getOrDefault(key, BigDecimal.ZERO));
            sums[1] = sums[1].add(shipped.getOrDefault(key, BigDecimal.ZERO));
            sums[2] = sums[2].add(invoiced.getOrDefault(key, BigDecimal.ZERO));
            sums[3] = sums[3].add(collected.getOrDefault(key, BigDecimal.ZERO));
            sums[4] = sums[4].add(spent.getOrDefault(key, BigDecimal.ZERO));
        }
        return periods.entrySet().stream()
                .map(e -> new SalesPeriod(
                        e.getKey(),
                        e.getValue()[0].setScale(2),
                        e.getValue()[1].setScale(2),
                        e.getValue()[2].setScale(2),
                        e.getValue()[3].setScale(2),
                        e.getValue()[4].setScale(2)))
                .toList();
    }

    private static ContractStore.Filter filter(
            @Nullable CustomerId customerId, @Nullable UserId repId, @Nullable String text, boolean openOnly) {
        return new ContractStore.Filter(
                customerId == null ? null : customerId.value(),
                repId == null ? null : repId.value(),
                Products.trim(text),
                openOnly);
    }

    /** The line of this contract a request's {@code lines[i]} names, each once (400 otherwise). */
    private static ContractStore.Line named(
            Map<UUID, ContractStore.Line> lines, Set<UUID> seen, ContractLineId id, int i) {
        ContractStore.Line line = lines.get(id.value());
        if (line == null || !seen.add(line.id())) {
            throw new InvalidInputException("lines[" + i + "].contractLineId", "contract.lineUnknown");
        }
        return line;
    }

    private Map<UUID, ContractStore.Line> ownLines(ContractStore.Contract contract) {
        Map<UUID, ContractStore.Line> lines = new HashMap<>();
        store.lines(List.of(contract.id()))
                .getOrDefault(contract.id(), List.of())
                .forEach(l -> lines.put(l.id(), l));
        return lines;
    }

    private Map<ProductId, ProductView> productsOf(java.util.Collection<ContractStore.Line> lines) {
        return products.getAll(
                lines.stream().map(l -> new ProductId(l.productId())).toList());
    }

    private static ContractLineView lineView(ContractStore.Line l, Map<ProductId, ProductView> products) {
        ProductView p = products.get(new ProductId(l.productId()));
        return new ContractLineView(
                new ContractLineId(l.id()),
                l.lineNo(),
                new ProductId(l.productId()),
                p == null ? "" : p.model(),
                p == null ? "" : p.name(),
                p == null ? "" : p.unit(),
                l.quantity(),
                l.unitPrice(),
                l.amount(),
                l.dueOn(),
                p == null ? 0 : p.free(),
                l.reserved(),
                l.shipped(),
                l.unitPrice().multiply(BigDecimal.valueOf(l.shipped())).setScale(2),
                l.invoiced(),
                l.collected());
    }

    private static BigDecimal sum(List<ContractLineView> lines, Function<ContractLineView, BigDecimal> figure) {
        return lines.stream()
                .map(figure)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }

    private ContractStore.Contract found(ContractId id) {
        return store.find(org(), id.value()).orElseThrow(() -> new NotFoundException("contract", id));
    }

    private static UUID org() {
        return CurrentUser.require().organizationId().value();
    }
}
