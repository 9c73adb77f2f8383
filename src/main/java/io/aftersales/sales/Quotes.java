package io.aftersales.sales;

import io.aftersales.customer.CustomerId;
import io.aftersales.sales.domain.QuoteStore;
import io.aftersales.shared.Labels;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.SignedInUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotes (报价): a rep drafts one for a customer with lines of products, revises it (each revision kept), sends it,
 * and it is won (it becomes a contract), lost (with a reason of the list and the competitor) or expires after its
 * validity. Conversion rate per rep, customer and product, with the loss reasons, over any period.
 */
@Service
public class Quotes {

    static final int DEFAULT_VALIDITY_DAYS = 30;

    private static final Set<String> GROUPINGS = Set.of("rep", "customer", "product");

    private final QuoteStore store;
    private final Products products;
    private final Contracts contracts;
    private final Names names;
    private final SalesCalendar calendar;
    private final LossReasons lossReasons;
    private final AuditTrail auditTrail;
    private final Labels labels;

    Quotes(
            QuoteStore store,
            Products products,
            Contracts contracts,
            Names names,
            SalesCalendar calendar,
            LossReasons lossReasons,
            AuditTrail auditTrail,
            Labels labels) {
        this.store = store;
        this.products = products;
        this.contracts = contracts;
        this.names = names;
        this.calendar = calendar;
        this.lossReasons = lossReasons;
        this.auditTrail = auditTrail;
        this.labels = labels;
    }

    @PreAuthorize(SalesRoles.DESK)
    @Transactional
    public QuoteView create(NewQuote request) {
        SignedInUser me = CurrentUser.require();
        UUID org = me.organizationId().value();
        names.customer(request.customerId());
        UUID rep = names.rep(request.repId(), me.userId());
        LocalDate today = today();
        LocalDate validUntil = validity(request.validUntil(), today);
        List<QuoteStore.Line> lines = lines(request.lines());
        String number = calendar.number("BJ", today);
        UUID id = Ids.newId();
        store.insert(
                org,
                new QuoteStore.Quote(
                        id,
                        number,
                        request.customerId().value(),
                        rep,
                        QuoteStatus.DRAFT,
                        1,
                        validUntil,
                        total(lines),
                        today,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0));
        store.insertLines(id, 1, lines);
        auditTrail.record("CREATE", "Quote", id, number);
        return get(new QuoteId(id));
    }

    /** A new revision of a draft or sent quote: new lines and validity; the earlier revisions stay as they were. */
    @PreAuthorize(SalesRoles.DESK)
    @Transactional
    public QuoteView revise(
            QuoteId id, long version, @Nullable LocalDate validUntil, List<NewQuote.QuotedLine> newLines) {
        QuoteStore.Quote quote = open(id, version, "revise");
        List<QuoteStore.Line> lines = lines(newLines);
        int revision = quote.revision() + 1;
        save(new QuoteStore.Quote(
                quote.id(),
                quote.number(),
                quote.customerId(),
                quote.repId(),
                quote.status(),
                revision,
                validity(validUntil, today()),
                total(lines),
                quote.createdOn(),
                quote.sentOn(),
                null,
                null,
                null,
                null,
                null,
                quote.version()));
        store.insertLines(quote.id(), revision, lines);
        auditTrail.record("REVISE", "Quote", id, quote.number() + " v" + revision);
        return get(id);
    }

    @PreAuthorize(SalesRoles.DESK)
    @Transactional
    public QuoteView send(QuoteId id, long version) {
        QuoteStore.Quote quote = open(id, version, "send");
        if (quote.status() != QuoteStatus.DRAFT) {
            throw illegal("send", quote.status());
        }
        save(with(quote, QuoteStatus.SENT, today(), null, null, null, null, null));
        auditTrail.record("SEND", "Quote", id, quote.number());
        return get(id);
    }

    /** The quote is won: it becomes a contract with its lines and prices; the quote points to it. */
    @PreAuthorize(SalesRoles.DESK)
    @Transactional
    public QuoteView win(QuoteId id, QuoteWin win) {
        QuoteStore.Quote quote = open(id, win.version(), "win");
        List<NewContract.ContractedLine> lines =
                store.lines(List.of(quote.id())).getOrDefault(quote.id(), List.of()).stream()
                        .map(l -> new NewContract.ContractedLine(
                                new ProductId(l.productId()), l.quantity(), l.unitPrice(), null))
                        .toList();
        ContractView contract = contracts.create(
                new NewContract(
                        win.contractNumber(),
                        new CustomerId(quote.customerId()),
                        new UserId(quote.repId()),
                        win.signedOn(),
                        win.deliveryDue(),
                        win.terms(),
                        win.requiredDocuments(),
                        lines),
                id);
        LocalDate today = today();
        save(with(
                quote,
                QuoteStatus.WON,
                quote.sentOn() == null ? today : quote.sentOn(),
                today,
                null,
                null,
                null,
                contract.id().value()));
        auditTrail.record("WIN", "Quote", id, quote.number() + " → " + contract.number());
        return get(id);
    }

    /** The quote is lost: the reason is required, the competitor and a note are kept when given. */
    @PreAuthorize(SalesRoles.DESK)
    @Transactional
    public QuoteView lose(QuoteId id, QuoteLoss loss) {
        String reason = loss.reason() == null ? "" : loss.reason().trim();
        if (reason.isEmpty()) {
            throw new InvalidInputException("reason", "quote.lossReasonRequired");
        }
        if (!lossReasons.isActive(reason)) {
            throw new InvalidInputException("reason", "quote.unknownReason");
        }
        QuoteStore.Quote quote = open(id, loss.version(), "lose");
        save(with(
                quote,
                QuoteStatus.LOST,
                quote.sentOn(),
                today(),
                reason,
                Products.trim(loss.competitor()),
                Products.trim(loss.note()),
                null));
        auditTrail.record("LOSE", "Quote", id, quote.number() + " " + reason);
        return get(id);
    }

    @PreAuthorize(SalesRoles.READERS)
    @Transactional
    public QuoteView get(QuoteId id) {
        UUID org = org();
        store.expire(org, today());
        return views(List.of(found(org, id))).get(0);
    }

    /** Quotes, latest first: of a rep, a customer, a status, created in [from, to]; sent ones past validity expire. */
    @PreAuthorize(SalesRoles.READERS)
    @Transactional
    public PagedResult<QuoteView> list(
            @Nullable UserId repId,
            @Nullable CustomerId customerId,
            @Nullable QuoteStatus status,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            Pageable page) {
        UUID org = org();
        store.expire(org, today());
        QuoteStore.Filter filter = new QuoteStore.Filter(
                repId == null ? null : repId.value(), customerId == null ? null : customerId.value(), status, from, to);
        return new PagedResult<>(
                views(store.page(org, filter, page.getOffset(), page.getPageSize())),
                page.getPageNumber(),
                page.getPageSize(),
                store.count(org, filter));
    }

    /**
     * Conversion of the quotes decided in [from, to] per rep, customer or product: won / (won + lost), with the
     * reasons of the lost ones. Expired quotes are shown but do not count in the rate. Today, and 1 January of its
     * year, when left out.
     */
    @PreAuthorize(SalesRoles.READERS)
    @Transactional
    public Conversion conversion(@Nullable LocalDate asFrom, @Nullable LocalDate asTo, String by) {
        LocalDate to = asTo == null ? today() : asTo;
        LocalDate from = asFrom == null ? to.withDayOfYear(1) : asFrom;
        if (!GROUPINGS.contains(by)) {
            throw new InvalidInputException("by", "quote.badGrouping");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "sales.rangeReversed");
        }
        UUID org = org();
        store.expire(org, today());
        Map<UUID, long[]> counts = new HashMap<>();
        Map<UUID, BigDecimal> wonAmounts = new HashMap<>();
        Map<UUID, BigDecimal> lostAmounts = new HashMap<>();
        for (QuoteStore.Tally tally : store.tally(org, by, from, to)) {
            long[] c = counts.computeIfAbsent(tally.key(), k -> new long[3]);
            switch (tally.status()) {
                case "WON" -> {
                    c[0] += tally.count();
                    wonAmounts.merge(tally.key(), tally.amount(), BigDecimal::add);
                }
                case "LOST" -> {
                    c[1] += tally.count();
                    lostAmounts.merge(tally.key(), tally.amount(), BigDecimal::add);
                }
                default -> c[2] += tally.count();
            }
        }
        Map<UUID, String> labelsOf = switch (by) {
            case "rep" -> names.people(counts.keySet());
            case "customer" -> names.customers(counts.keySet());
            default -> {
                Map<UUID, String> models = new HashMap<>();
                products.getAll(counts.keySet().stream().map(ProductId::new).toList())
                        .forEach((pid, p) -> models.put(pid.value(), p.label()));
                yield models;
            }
        };
        List<ConversionRow> rows = new ArrayList<>();
        long won = 0;
        long lost = 0;
        for (Map.Entry<UUID, long[]> entry : counts.entrySet()) {
            long[] c = entry.getValue();
            won += c[0];
            lost += c[1];
            rows.add(new ConversionRow(
                    entry.getKey(),
                    labelsOf.getOrDefault(entry.getKey(), ""),
                    c[0],
                    c[1],
                    c[2],
                    wonAmounts.getOrDefault(entry.getKey(), BigDecimal.ZERO),
                    lostAmounts.getOrDefault(entry.getKey(), BigDecimal.ZERO),
                    rate(c[0], c[1])));
        }
        rows.sort(Comparator.comparing(ConversionRow::won).reversed().thenComparing(ConversionRow::name));
        Map<String, LossReason> reasons = lossReasons.byCode();
        List<Conversion.LossTally> losses = store.losses(org, from, to).stream()
                .map(l -> new Conversion.LossTally(reason(reasons, l.reason()), l.count(), l.amount()))
                .toList();
        return new Conversion(from, to, by, rows, losses, won, lost, rate(won, lost));
    }

    private static LossReason reason(Map<String, LossReason> reasons, String code) {
        return reasons.getOrDefault(code, new LossReason(code, code));
    }

    static @Nullable BigDecimal rate(long won, long lost) {
        return won + lost == 0
                ? null
                : BigDecimal.valueOf(won * 100).divide(BigDecimal.valueOf(won + lost), 1, RoundingMode.HALF_UP);
    }

    /** The lines as offered: active products of the organisation, at their list price unless one is given. */
    private List<QuoteStore.Line> lines(List<NewQuote.QuotedLine> requested) {
        Map<ProductId, ProductView> known = products.getAll(
                requested.stream().map(NewQuote.QuotedLine::productId).toList());
        List<QuoteStore.Line> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            NewQuote.QuotedLine line = requested.get(i);
            ProductView product = known.get(line.productId());
            if (product == null || !product.active()) {
                throw new InvalidInputException("lines[" + i + "].productId", "product.unknown");
            }
            BigDecimal price = (line.unitPrice() == null ? product.listPrice() : line.unitPrice()).setScale(2);
            lines.add(new QuoteStore.Line(
                    product.id().value(),
                    line.quantity(),
                    price,
                    price.multiply(BigDecimal.valueOf(line.quantity())).setScale(2)));
        }
        return lines;
    }

    private static BigDecimal total(List<QuoteStore.Line> lines) {
        return lines.stream()
                .map(QuoteStore.Line::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }

    private static LocalDate validity(@Nullable LocalDate asked, LocalDate today) {
        if (asked == null) {
            return today.plusDays(DEFAULT_VALIDITY_DAYS);
        }
        if (asked.isBefore(today)) {
            throw new InvalidInputException("validUntil", "quote.validityPast");
        }
        return asked;
    }

    /** A quote at the version read that is still open (draft or sent, within its validity). */
    private QuoteStore.Quote open(QuoteId id, long version, String action) {
        UUID org = org();
        store.expire(org, today());
        QuoteStore.Quote quote = found(org, id);
        StaleVersionException.check(version, quote.version());
        if (quote.status() != QuoteStatus.DRAFT && quote.status() != QuoteStatus.SENT) {
            throw illegal(action, quote.status());
        }
        return quote;
    }

    private void save(QuoteStore.Quote quote) {
        if (!store.update(org(), quote)) {
            throw new StaleVersionException(quote.version(), quote.version() + 1);
        }
    }

    private static QuoteStore.Quote with(
            QuoteStore.Quote q,
            QuoteStatus status,
            @Nullable LocalDate sentOn,
            @Nullable LocalDate decidedOn,
            @Nullable String reason,
            @Nullable String competitor,
            @Nullable String note,
            @Nullable UUID contract) {
        return new QuoteStore.Quote(
                q.id(),
                q.number(),
                q.customerId(),
                q.repId(),
                status,
                q.revision(),
                q.validUntil(),
                q.total(),
                q.createdOn(),
                sentOn,
                decidedOn,
                reason,
                competitor,
                note,
                contract,
                q.version());
    }

    private DomainException illegal(String action, QuoteStatus status) {
        return new DomainException(
                "illegal-transition",
                "quote.illegalTransition",
                labels.text("quote.action." + action),
                labels.text("quote.status." + status));
    }

    private QuoteStore.Quote found(UUID org, QuoteId id) {
        return store.find(org, id.value()).orElseThrow(() -> new NotFoundException("quote", id));
    }

    private List<QuoteView> views(List<QuoteStore.Quote> quotes) {
        Map<UUID, List<QuoteStore.Line>> lines =
                store.lines(quotes.stream().map(QuoteStore.Quote::id).toList());
        Map<ProductId, ProductView> productsById = products.getAll(lines.values().stream()
                .flatMap(List::stream)
                .map(l -> new ProductId(l.productId()))
                .toList());
        Map<UUID, String> customers = names.customers(
                quotes.stream().map(QuoteStore.Quote::customerId).toList());
        Map<UUID, String> reps =
                names.people(quotes.stream().map(QuoteStore.Quote::repId).toList());
        Map<String, LossReason> reasons =
                quotes.stream().anyMatch(q -> q.lossReason() != null) ? lossReasons.byCode() : Map.of();
        return quotes.stream()
                .map(q -> {
                    List<QuoteStore.Line> own = lines.getOrDefault(q.id(), List.of());
                    List<QuoteView.QuoteLine> viewLines = new ArrayList<>();
                    for (int i = 0; i < own.size(); i++) {
                        QuoteStore.Line l = own.get(i);
                        ProductView p = productsById.get(new ProductId(l.productId()));
                        viewLines.add(new QuoteView.QuoteLine(
                                i + 1,
                                new ProductId(l.productId()),
                                p == null ? "" : p.model(),
                                p == null ? "" : p.name(),
                                p == null ? "" : p.unit(),
                                l.quantity(),
                                l.unitPrice(),
                                l.amount()));
                    }
                    return new QuoteView(
                            new QuoteId(q.id()),
                            q.number(),
                            new CustomerId(q.customerId()),
                            customers.getOrDefault(q.customerId(), ""),
                            new UserId(q.repId()),
                            reps.getOrDefault(q.repId(), ""),
                            q.status(),
                            q.revision(),
                            q.validUntil(),
                            q.total(),
                            q.createdOn(),
                            q.sentOn(),
                            q.decidedOn(),
                            q.lossReason() == null ? null : reason(reasons, q.lossReason()),
                            q.competitor(),
                            q.lossNote(),
                            q.contractId() == null ? null : new ContractId(q.contractId()),
                            viewLines,
                            q.version());
                })
                .toList();
    }

    private LocalDate today() {
        return calendar.today();
    }

    private static UUID org() {
        return CurrentUser.require().organizationId().value();
    }
}
