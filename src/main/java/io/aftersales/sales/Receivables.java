package io.aftersales.sales;

import io.aftersales.customer.CustomerId;
import io.aftersales.sales.domain.ContractStore;
import io.aftersales.sales.domain.ReceivableStore;
import io.aftersales.shared.Labels;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.DuplicateException;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.SignedInUser;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receivables (应收账款): each issued invoice and the unpaid amount of each delivered work order. Payments (回款) are
 * recorded later and matched to them, never beyond what is open; a payment matched to an invoice counts as collected
 * on the invoice's contract lines in their order. Ageing by days since an amount arose; reconciliation statements per
 * customer and period, with the customer's confirmation. Users restricted to some stores see, of the work orders'
 * receivables, only their stores'.
 */
@Service
public class Receivables {

    /** Who sets credit limits: finance, HQ and administrators. */
    public static final String CREDIT_SETTERS = "hasAnyRole('ADMIN','HQ','FINANCE')";

    private final ReceivableStore store;
    private final ContractStore contracts;
    private final Names names;
    private final SalesCalendar calendar;
    private final AuditTrail auditTrail;
    private final Labels labels;
    private final Clock clock;

    Receivables(
            ReceivableStore store,
            ContractStore contracts,
            Names names,
            SalesCalendar calendar,
            AuditTrail auditTrail,
            Labels labels,
            Clock clock) {
        this.store = store;
        this.contracts = contracts;
        this.names = names;
        this.calendar = calendar;
        this.auditTrail = auditTrail;
        this.labels = labels;
        this.clock = clock;
    }

    @PreAuthorize(SalesRoles.RECEIVABLE_READERS)
    @Transactional(readOnly = true)
    public ReceivableView get(ReceivableId id) {
        return views(List.of(visible(id))).get(0);
    }

    /** Receivables, oldest first: of a customer, a contract, a rep, only the open ones when asked. */
    @PreAuthorize(SalesRoles.RECEIVABLE_READERS)
    @Transactional(readOnly = true)
    public PagedResult<ReceivableView> list(
            @Nullable CustomerId customerId,
            @Nullable ContractId contractId,
            @Nullable UserId repId,
            boolean openOnly,
            Pageable page) {
        UUID org = org();
        ReceivableStore.Filter filter = filter(customerId, contractId, repId, openOnly);
        return new PagedResult<>(
                views(store.page(org, filter, page.getOffset(), page.getPageSize())),
                page.getPageNumber(),
                page.getPageSize(),
                store.count(org, filter));
    }

    /** What is open today, per ageing bucket: of a customer, of a rep (all when null). */
    @PreAuthorize(SalesRoles.RECEIVABLE_READERS)
    @Transactional(readOnly = true)
    public Ageing ageing(@Nullable CustomerId customerId, @Nullable UserId repId) {
        LocalDate today = calendar.today();
        Map<AgeingBucket, long[]> counts = new EnumMap<>(AgeingBucket.class);
        Map<AgeingBucket, BigDecimal> amounts = new EnumMap<>(AgeingBucket.class);
        BigDecimal open = BigDecimal.ZERO;
        BigDecimal overdue = BigDecimal.ZERO;
        for (ReceivableStore.Receivable r : store.open(org(), filter(customerId, null, repId, true))) {
            BigDecimal left = r.amount().subtract(r.paid());
            AgeingBucket bucket = AgeingBucket.of(ChronoUnit.DAYS.between(r.aroseOn(), today));
            counts.computeIfAbsent(bucket, b -> new long[1])[0]++;
            amounts.merge(bucket, left, BigDecimal::add);
            open = open.add(left);
            if (r.dueOn().isBefore(today)) {
                overdue = overdue.add(left);
            }
        }
        return new Ageing(
                today,
                open.setScale(2),
                overdue.setScale(2),
                Arrays.stream(AgeingBucket.values())
                        .map(b -> new Ageing.AgeingRow(
                                b,
                                counts.getOrDefault(b, new long[1])[0],
                                amounts.getOrDefault(b, BigDecimal.ZERO).setScale(2)))
                        .toList());
    }

    /**
     * What each rep is to collect: the open receivables past due or due within {@code days} days (1 to 366), of one
     * rep when asked, grouped by rep (most past due first) and each rep's earliest due first.
     */
    @PreAuthorize(SalesRoles.RECEIVABLE_READERS)
    @Transactional(readOnly = true)
    public CollectionPlan collectionPlan(@Nullable UserId repId, int days) {
        if (days < 1 || days > 366) {
            throw new InvalidInputException("days", "receivable.badDays");
        }
        LocalDate today = calendar.today();
        LocalDate until = today.plusDays(days);
        List<ReceivableStore.Receivable> due = store.open(org(), filter(null, null, repId, true)).stream()
                .filter(r -> !r.dueOn().isAfter(until))
                .sorted(Comparator.comparing(ReceivableStore.Receivable::dueOn)
                        .thenComparing(ReceivableStore.Receivable::reference))
                .toList();
        List<ReceivableView> views = views(due);
        Map<Optional<UUID>, List<ReceivableView>> byRep = new LinkedHashMap<>();
        for (int i = 0; i < due.size(); i++) {
            byRep.computeIfAbsent(Optional.ofNullable(due.get(i).repId()), k -> new ArrayList<>())
                    .add(views.get(i));
        }
        List<CollectionPlan.RepCollections> reps = new ArrayList<>();
        byRep.forEach((rep, items) -> {
            BigDecimal overdue = items.stream()
                    .filter(ReceivableView::overdue)
                    .map(ReceivableView::open)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal soon = items.stream()
                    .filter(i -> !i.overdue())
                    .map(ReceivableView::open)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            reps.add(new CollectionPlan.RepCollections(
                    rep.map(UserId::new).orElse(null),
                    items.get(0).repName(),
                    overdue.setScale(2),
                    soon.setScale(2),
                    items));
        });
        reps.sort(Comparator.comparing(CollectionPlan.RepCollections::overdue).reversed());
        return new CollectionPlan(today, until, reps);
    }

    /** Open receivables as a sheet, oldest first, headers in the reader's language. */
    @PreAuthorize(SalesRoles.RECEIVABLE_READERS)
    @Transactional(readOnly = true)
    public void export(@Nullable CustomerId customerId, @Nullable UserId repId, OutputStream out) {
        List<List<?>> rows = new ArrayList<>();
        for (ReceivableView r : views(store.page(org(), filter(customerId, null, repId, true), 0, 20_000))) {
            rows.add(Arrays.asList(
                    r.customerName(),
                    labels.text("receivable.kind." + r.kind()),
                    r.reference(),
                    r.aroseOn(),
                    r.dueOn(),
                    r.amount(),
                    r.paid(),
                    r.open(),
                    r.ageDays(),
                    labels.text("receivable.bucket." + r.bucket()),
                    labels.yesNo(r.overdue()),
                    r.repName()));
        }
        Spreadsheets.writeXlsx(
                out,
                labels.text("receivable.title"),
                labels.texts(
                        "contract.customer",
                        "receivable.kind",
                        "receivable.reference",
                        "receivable.aroseOn",
                        "receivable.dueOn",
                        "receivable.amount",
                        "receivable.paid",
                        "receivable.open",
                        "receivable.ageDays",
                        "receivable.bucket",
                        "receivable.overdue",
                        "contract.rep"),
                rows);
    }

    /**
     * Records a payment and matches it to the customer's receivables. An allocation beyond what is open of its
     * receivable refuses the whole payment (409) and changes nothing.
     */
    @PreAuthorize(SalesRoles.BILLING)
    @Transactional
    public List<ReceivableView> pay(NewPayment request) {
        SignedInUser me = CurrentUser.require();
        UUID org = me.organizationId().value();
        names.customer(request.customerId());
        LocalDate today = calendar.today();
        LocalDate receivedOn = request.receivedOn() == null ? today : request.receivedOn();
        if (receivedOn.isAfter(today)) {
            throw new InvalidInputException("receivedOn", "payment.inFuture");
        }
        Set<UUID> seen = new HashSet<>();
        List<ReceivableStore.Allocation> allocations = new ArrayList<>();
        UUID paymentId = Ids.newId();
        for (int i = 0; i < request.allocations().size(); i++) {
            NewPayment.PaymentAllocation allocation = request.allocations().get(i);
            String field = "allocations[" + i + "].receivableId";
            ReceivableStore.Receivable r = store.find(
                            org, allocation.receivableId().value())
                    .filter(this::maySee)
                    .orElseThrow(() -> new InvalidInputException(field, "payment.unknownReceivable"));
            if (!r.customerId().equals(request.customerId().value())) {
                throw new InvalidInputException(field, "payment.otherCustomer");
            }
            if (!seen.add(r.id())) {
                throw new InvalidInputException(field, "payment.twice");
            }
            BigDecimal amount = allocation.amount().setScale(2);
            if (!store.pay(org, r.id(), amount)) {
                BigDecimal open = store.find(org, r.id())
                        .map(now -> now.amount().subtract(now.paid()))
                        .orElse(BigDecimal.ZERO);
                throw new DomainException("overpayment", "payment.overOpen", r.reference(), open.toPlainString());
            }
            contracts.invoiceOf(org, r.id()).ifPresent(invoice -> collect(invoice, amount));
            allocations.add(new ReceivableStore.Allocation(paymentId, r.id(), amount));
        }
        BigDecimal total =
                allocations.stream().map(ReceivableStore.Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        store.insertPayment(
                org,
                new ReceivableStore.Payment(
                        paymentId,
                        request.customerId().value(),
                        receivedOn,
                        total,
                        request.method(),
                        Products.trim(request.reference()),
                        me.userId().value(),
                        clock.instant()),
                allocations);
        auditTrail.record("PAY", "Customer", request.customerId(), total + " " + request.method());
        return views(store.findAll(
                org,
                allocations.stream()
                        .map(ReceivableStore.Allocation::receivableId)
                        .toList()));
    }

    /** Records a payment of one receivable by its customer. */
    @PreAuthorize(SalesRoles.BILLING)
    @Transactional
    public ReceivableView payOne(
            ReceivableId id,
            BigDecimal amount,
            @Nullable LocalDate receivedOn,
            CollectionMethod method,
            @Nullable String reference) {
        ReceivableStore.Receivable r = visible(id);
        return pay(new NewPayment(
                        new CustomerId(r.customerId()),
                        receivedOn,
                        method,
                        reference,
                        List.of(new NewPayment.PaymentAllocation(id, amount))))
                .get(0);
    }

    /**
     * Records the invoice issued for a delivered work order's receivable, once (409 otherwise); its number is unique
     * among all the organisation's invoices.
     */
    @PreAuthorize(SalesRoles.BILLING)
    @Transactional
    public ReceivableView invoiceWorkOrder(ReceivableId id, WorkOrderInvoice invoice) {
        UUID org = org();
        ReceivableStore.Receivable r = visible(id);
        if (r.kind() != ReceivableKind.WORK_ORDER || r.invoiceNumber() != null) {
            throw new DomainException("already-invoiced", "receivable.notToInvoice");
        }
        String number = invoice.number().trim();
        if (store.invoiceNumberTaken(org, number)) {
            throw new DuplicateException("number", "invoice.numberTaken", number);
        }
        LocalDate today = calendar.today();
        LocalDate on = invoice.issuedOn() == null ? today : invoice.issuedOn();
        if (on.isAfter(today)) {
            throw new InvalidInputException("issuedOn", "invoice.issuedInFuture");
        }
        BigDecimal rate = invoice.taxRate() == null ? Contracts.DEFAULT_TAX_RATE : invoice.taxRate();
        if (!store.invoiceWorkOrder(org, r.id(), number, invoice.eFapiao(), on, rate.setScale(2))) {
            throw new DomainException("already-invoiced", "receivable.notToInvoice");
        }
        auditTrail.record("INVOICE", "Receivable", id, number);
        return get(id);
    }

    /** A customer's credit limit and what they owe against it. */
    @PreAuthorize(SalesRoles.RECEIVABLE_READERS)
    @Transactional(readOnly = true)
    public Credit credit(CustomerId customerId) {
        UUID org = org();
        names.customer(customerId);
        BigDecimal limit = store.creditLimit(org, customerId.value()).orElse(null);
        BigDecimal owed = store.openOf(org, customerId.value()).setScale(2);
        return new Credit(
                customerId,
                limit,
                owed,
                limit == null ? null : limit.subtract(owed).max(BigDecimal.ZERO));
    }

    /** Sets the most a customer may owe before shipments to them are refused (null: no limit). */
    @PreAuthorize(CREDIT_SETTERS)
    @Transactional
    public Credit setCreditLimit(CustomerId customerId, @Nullable BigDecimal limit) {
        SignedInUser me = CurrentUser.require();
        names.customer(customerId);
        store.setCreditLimit(
                me.organizationId().value(),
                customerId.value(),
                limit == null ? null : limit.setScale(2),
                me.userId().value(),
                clock.instant());
        auditTrail.record("CREDIT_LIMIT", "Customer", customerId, limit == null ? "—" : limit.toPlainString());
        return credit(customerId);
    }

    /** Counts money paid on an invoice as collected on its lines, the first line first. */
    private void collect(ContractStore.Invoice invoice, BigDecimal amount) {
        BigDecimal left = amount;
        for (ContractStore.InvoiceLine line : contracts.invoiceLines(invoice.id())) {
            BigDecimal take = left.min(line.amount().subtract(line.collected()));
            if (take.signum() > 0) {
                if (!contracts.collect(invoice.id(), line.lineNo(), line.contractLineId(), take)) {
                    throw new IllegalStateException("collected beyond invoiced on " + invoice.number());
                }
                left = left.subtract(take);
            }
        }
    }

    /**
     * Makes a reconciliation statement of a customer for [from, to]: the balance before, what arose and what was paid
     * in the period, and the balance after; the same figures as the ledger of receivables and payments.
     */
    @PreAuthorize(SalesRoles.BILLING)
    @Transactional
    public StatementView makeStatement(CustomerId customerId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "sales.rangeReversed");
        }
        if (to.isAfter(calendar.today())) {
            throw new InvalidInputException("to", "statement.inFuture");
        }
        names.customer(customerId);
        SignedInUser me = CurrentUser.require();
        UUID org = me.organizationId().value();
        UUID customer = customerId.value();
        BigDecimal opening = store.debits(org, customer, null, from.minusDays(1))
                .subtract(store.credits(org, customer, null, from.minusDays(1)));
        BigDecimal debits = store.debits(org, customer, from, to);
        BigDecimal credits = store.credits(org, customer, from, to);
        UUID id = Ids.newId();
        store.insertStatement(
                org,
                new ReceivableStore.Statement(
                        id,
                        customer,
                        from,
                        to,
                        opening.setScale(2),
                        debits.setScale(2),
                        credits.setScale(2),
                        opening.add(debits).subtract(credits).setScale(2),
                        me.userId().value(),
                        clock.instant(),
                        null,
                        null,
                        null,
                        0));
        auditTrail.record("CREATE", "Statement", id, from + "…" + to);
        return statement(new StatementId(id));
    }

    @PreAuthorize(SalesRoles.READERS)
    @Transactional(readOnly = true)
    public StatementView statement(StatementId id) {
        UUID org = org();
        ReceivableStore.Statement s =
                store.statement(org, id.value()).orElseThrow(() -> new NotFoundException("statement", id));
        List<StatementView.StatementEntry> entries = new ArrayList<>();
        record Item(LocalDate on, int order, String reference, BigDecimal debit, BigDecimal credit) {}
        List<Item> items = new ArrayList<>();
        store.arising(org, s.customerId(), s.from(), s.to())
                .forEach(r -> items.add(new Item(r.aroseOn(), 0, r.reference(), r.amount(), BigDecimal.ZERO)));
        store.received(org, s.customerId(), s.from(), s.to())
                .forEach(p -> items.add(new Item(
                        p.receivedOn(),
                        1,
                        labels.text("payment.method." + p.method())
                                + (p.reference() == null ? "" : " " + p.reference()),
                        BigDecimal.ZERO,
                        p.amount())));
        items.sort(Comparator.comparing(Item::on).thenComparing(Item::order));
        BigDecimal balance = s.opening();
        for (Item item : items) {
            balance = balance.add(item.debit()).subtract(item.credit());
            entries.add(new StatementView.StatementEntry(
                    item.on(), item.reference(), item.debit(), item.credit(), balance));
        }
        return new StatementView(
                new StatementId(s.id()),
                new CustomerId(s.customerId()),
                names.customers(List.of(s.customerId())).getOrDefault(s.customerId(), ""),
                s.from(),
                s.to(),
                s.opening(),
                s.debits(),
                s.credits(),
                s.closing(),
                entries,
                s.createdAt(),
                names.people(List.of(s.createdBy())).getOrDefault(s.createdBy(), ""),
                s.confirmedOn(),
                s.confirmedBy(),
                s.confirmation(),
                s.version());
    }

    /** Statements of a customer (all when null), latest period first, without their lines. */
    @PreAuthorize(SalesRoles.READERS)
    @Transactional(readOnly = true)
    public List<StatementView> statements(@Nullable CustomerId customerId) {
        UUID org = org();
        List<ReceivableStore.Statement> statements =
                store.statements(org, customerId == null ? null : customerId.value(), 100);
        Map<UUID, String> customers = names.customers(
                statements.stream().map(ReceivableStore.Statement::customerId).toList());
        Map<UUID, String> people = names.people(
                statements.stream().map(ReceivableStore.Statement::createdBy).toList());
        return statements.stream()
                .map(s -> new StatementView(
                        new StatementId(s.id()),
                        new CustomerId(s.customerId()),
                        customers.getOrDefault(s.customerId(), ""),
                        s.from(),
                        s.to(),
                        s.opening(),
                        s.debits(),
                        s.credits(),
                        s.closing(),
                        List.of(),
                        s.createdAt(),
                        people.getOrDefault(s.createdBy(), ""),
                        s.confirmedOn(),
                        s.confirmedBy(),
                        s.confirmation(),
                        s.version()))
                .toList();
    }

    /** Records that the customer agreed the statement, once, at the version read. */
    @PreAuthorize(SalesRoles.BILLING)
    @Transactional
    public StatementView confirm(StatementId id, StatementConfirmation confirmation) {
        UUID org = org();
        ReceivableStore.Statement s =
                store.statement(org, id.value()).orElseThrow(() -> new NotFoundException("statement", id));
        StaleVersionException.check(confirmation.version(), s.version());
        if (s.confirmedOn() != null) {
            throw new DomainException("already-confirmed", "statement.alreadyConfirmed");
        }
        LocalDate on = confirmation.confirmedOn() == null ? calendar.today() : confirmation.confirmedOn();
        if (on.isAfter(calendar.today()) || on.isBefore(s.to())) {
            throw new InvalidInputException("confirmedOn", "statement.badConfirmationDay");
        }
        if (!store.confirm(
                org, s.id(), s.version(), on, confirmation.confirmedBy().trim(), Products.trim(confirmation.note()))) {
            throw new StaleVersionException(s.version(), s.version() + 1);
        }
        auditTrail.record("CONFIRM", "Statement", id, confirmation.confirmedBy());
        return statement(id);
    }

    /**
     * A delivered work order's unpaid amount becomes a receivable of its store, due after {@code dueDays}; a second
     * delivery of the same event adds nothing.
     */
    void owed(
            UUID org,
            UUID customer,
            UUID store,
            UUID workOrder,
            String number,
            LocalDate deliveredOn,
            int dueDays,
            BigDecimal amount,
            UUID advisor) {
        this.store.insert(
                org,
                new ReceivableStore.Receivable(
                        Ids.newId(),
                        customer,
                        ReceivableKind.WORK_ORDER,
                        store,
                        null,
                        workOrder,
                        number,
                        deliveredOn,
                        deliveredOn.plusDays(dueDays),
                        amount.setScale(2),
                        BigDecimal.ZERO,
                        advisor,
                        null,
                        null,
                        null,
                        null));
    }

    private ReceivableStore.Filter filter(
            @Nullable CustomerId customerId,
            @Nullable ContractId contractId,
            @Nullable UserId repId,
            boolean openOnly) {
        SignedInUser me = CurrentUser.require();
        Collection<UUID> stores = me.seesAllStores()
                ? null
                : me.storeIds().stream().map(StoreId::value).toList();
        return new ReceivableStore.Filter(
                customerId == null ? null : customerId.value(),
                contractId == null ? null : contractId.value(),
                repId == null ? null : repId.value(),
                openOnly,
                stores);
    }

    private boolean maySee(ReceivableStore.Receivable r) {
        return r.storeId() == null || CurrentUser.require().canSeeStore(new StoreId(r.storeId()));
    }

    private ReceivableStore.Receivable visible(ReceivableId id) {
        return store.find(org(), id.value())
                .filter(this::maySee)
                .orElseThrow(() -> new NotFoundException("receivable", id));
    }

    private List<ReceivableView> views(List<ReceivableStore.Receivable> receivables) {
        LocalDate today = calendar.today();
        Map<UUID, List<Map.Entry<ReceivableStore.Payment, BigDecimal>>> payments = store.paymentsOf(
                receivables.stream().map(ReceivableStore.Receivable::id).toList());
        Map<UUID, String> customers = names.customers(
                receivables.stream().map(ReceivableStore.Receivable::customerId).toList());
        Map<UUID, String> reps = names.people(
                receivables.stream().map(ReceivableStore.Receivable::repId).toList());
        return receivables.stream()
                .map(r -> {
                    long age = Math.max(0, ChronoUnit.DAYS.between(r.aroseOn(), today));
                    BigDecimal open = r.amount().subtract(r.paid());
                    return new ReceivableView(
                            new ReceivableId(r.id()),
                            r.kind(),
                            new CustomerId(r.customerId()),
                            customers.getOrDefault(r.customerId(), ""),
                            r.storeId() == null ? null : new StoreId(r.storeId()),
                            r.contractId() == null ? null : new ContractId(r.contractId()),
                            r.workOrderId() == null ? null : r.workOrderId().toString(),
                            r.reference(),
                            r.aroseOn(),
                            r.dueOn(),
                            r.amount(),
                            r.paid(),
                            open,
                            age,
                            AgeingBucket.of(age),
                            open.signum() > 0 && r.dueOn().isBefore(today),
                            r.repId() == null ? "" : reps.getOrDefault(r.repId(), ""),
                            r.invoiceNumber(),
                            r.eFapiao(),
                            r.invoicedOn(),
                            payments.getOrDefault(r.id(), List.of()).stream()
                                    .map(e -> new ReceivableView.ReceivedPayment(
                                            e.getKey().receivedOn(),
                                            e.getValue(),
                                            e.getKey().method(),
                                            e.getKey().reference()))
                                    .toList());
                })
                .toList();
    }

    private static UUID org() {
        return CurrentUser.require().organizationId().value();
    }
}
