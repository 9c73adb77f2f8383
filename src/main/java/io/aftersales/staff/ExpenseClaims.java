package io.aftersales.staff;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.Image;
import io.aftersales.shared.Labels;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.staff.domain.ExpenseStore;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expense claims (报销) with trips (出差): anyone files their own; a manager of the claimant's store approves, then
 * finance, then finance pays; either approver may reject with a reason. Nobody approves their own claim. A claim over
 * a daily limit of the organisation's rules carries the claimant's reason. People see their own claims; managers those
 * of their stores, finance those of the stores they work for; HQ and admins all.
 */
@Service
public class ExpenseClaims {

    /** Who decides on claims: managers at the first step, finance at the second. */
    public static final String APPROVERS = "hasAnyRole('ADMIN','HQ','STORE_MANAGER','FINANCE')";

    /** Who pays approved claims and sets the daily limits. */
    public static final String FINANCE = "hasAnyRole('ADMIN','FINANCE')";

    public static final String RULE_SETTERS = "hasAnyRole('ADMIN','HQ','FINANCE')";

    static final int MAX_RECEIPT_BYTES = 5 * 1024 * 1024;

    static final int MAX_RECEIPTS = 10;

    /** The longest trip a claim may cover. */
    static final int MAX_TRIP_DAYS = 92;

    private final ExpenseStore store;
    private final OrganizationManagement organization;
    private final AuditTrail auditTrail;
    private final Labels labels;
    private final Clock clock;

    ExpenseClaims(
            ExpenseStore store,
            OrganizationManagement organization,
            AuditTrail auditTrail,
            Labels labels,
            Clock clock) {
        this.store = store;
        this.organization = organization;
        this.auditTrail = auditTrail;
        this.labels = labels;
        this.clock = clock;
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional
    public ExpenseClaimView file(NewExpenseClaim request) {
        SignedInUser me = CurrentUser.require();
        StoreId storeId = organization.storeOrDefault(request.storeId());
        organization.visibleStore(storeId);
        LocalDate today = LocalDate.now(clock.withZone(organization.zoneOf(storeId)));
        LocalDate from = request.tripFrom();
        LocalDate to = request.tripTo();
        if ((from == null) != (to == null)) {
            throw new InvalidInputException(from == null ? "tripFrom" : "tripTo", "expense.tripIncomplete");
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                throw new InvalidInputException("tripTo", "expense.tripReversed");
            }
            if (ChronoUnit.DAYS.between(from, to) >= MAX_TRIP_DAYS) {
                throw new InvalidInputException("tripTo", "expense.tripTooLong", MAX_TRIP_DAYS);
            }
        }
        List<NewExpenseClaim.Item> items = request.items();
        for (int i = 0; i < items.size(); i++) {
            LocalDate day = items.get(i).spentOn();
            if (day.isAfter(today)) {
                throw new InvalidInputException("items[" + i + "].spentOn", "expense.future");
            }
            if (from != null && to != null && (day.isBefore(from) || day.isAfter(to))) {
                throw new InvalidInputException("items[" + i + "].spentOn", "expense.outsideTrip", from, to);
            }
        }
        String reason = trim(request.overLimitReason());
        List<String> over = overLimits(me, from, to, items);
        if (!over.isEmpty() && reason == null) {
            throw new InvalidInputException("overLimitReason", "expense.overLimit", String.join("、", over));
        }
        BigDecimal total = items.stream()
                .map(NewExpenseClaim.Item::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        ExpenseStore.Claim claim = new ExpenseStore.Claim(
                Ids.newId(),
                storeId.value(),
                me.userId().value(),
                request.purpose().trim(),
                from,
                to,
                trim(request.route()),
                trim(request.reference()),
                total,
                !over.isEmpty(),
                over.isEmpty() ? null : reason,
                ExpenseStatus.SUBMITTED,
                clock.instant(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0);
        store.insert(
                me.organizationId().value(),
                claim,
                items.stream()
                        .map(i -> new ExpenseStore.Item(
                                i.category(), i.spentOn(), i.amount().setScale(2), trim(i.description())))
                        .toList());
        auditTrail.record("CREATE", "ExpenseClaim", claim.id(), claim.purpose() + " " + total);
        return get(new ExpenseClaimId(claim.id()));
    }

    /**
     * The categories whose items go over their daily limit, each with the most it may carry: the limit times the
     * trip's days, or times the days the category's items were spent on when it is no trip.
     */
    private List<String> overLimits(
            SignedInUser me, @Nullable LocalDate from, @Nullable LocalDate to, List<NewExpenseClaim.Item> items) {
        Map<ExpenseCategory, BigDecimal> limits =
                store.rules(me.organizationId().value());
        Map<ExpenseCategory, BigDecimal> sums = new EnumMap<>(ExpenseCategory.class);
        Map<ExpenseCategory, Set<LocalDate>> days = new EnumMap<>(ExpenseCategory.class);
        for (NewExpenseClaim.Item item : items) {
            sums.merge(item.category(), item.amount(), BigDecimal::add);
            days.computeIfAbsent(item.category(), c -> new HashSet<>()).add(item.spentOn());
        }
        List<String> over = new ArrayList<>();
        sums.forEach((category, sum) -> {
            BigDecimal limit = limits.get(category);
            if (limit == null) {
                return;
            }
            long count = from != null && to != null
                    ? ChronoUnit.DAYS.between(from, to) + 1
                    : days.get(category).size();
            BigDecimal allowed = limit.multiply(BigDecimal.valueOf(count));
            if (sum.compareTo(allowed) > 0) {
                over.add(labels.text(
                        "expense.overBy",
                        labels.text("expense.category." + category),
                        sum.setScale(2).toPlainString(),
                        allowed.setScale(2).toPlainString()));
            }
        });
        return over;
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public ExpenseClaimView get(ExpenseClaimId id) {
        return views(List.of(visible(id))).get(0);
    }

    /**
     * The claims the caller sees, latest first: their own, or as a manager or finance those of their stores (or of
     * the one given), of one person and in one status when asked.
     */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public PagedResult<ExpenseClaimView> list(
            @Nullable StoreId storeId, @Nullable UserId personId, @Nullable ExpenseStatus status, Pageable page) {
        SignedInUser me = CurrentUser.require();
        UUID org = me.organizationId().value();
        ExpenseStore.Filter filter = filter(me, storeId, personId, status);
        List<ExpenseStore.Claim> claims = store.page(org, filter, page.getOffset(), page.getPageSize());
        return new PagedResult<>(views(claims), page.getPageNumber(), page.getPageSize(), store.count(org, filter));
    }

    /** The same claims as a sheet, one row per claim, headers in the reader's language. */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public void export(
            @Nullable StoreId storeId, @Nullable UserId personId, @Nullable ExpenseStatus status, OutputStream out) {
        SignedInUser me = CurrentUser.require();
        List<ExpenseClaimView> claims =
                views(store.page(me.organizationId().value(), filter(me, storeId, personId, status), 0, 10_000));
        List<List<?>> rows = new ArrayList<>();
        for (ExpenseClaimView claim : claims) {
            rows.add(Arrays.asList(
                    claim.submittedAt()
                            .atZone(organization.zoneOf(claim.storeId()))
                            .toLocalDate(),
                    claim.claimantName(),
                    claim.purpose(),
                    claim.tripFrom(),
                    claim.tripTo(),
                    claim.tripDays(),
                    claim.route(),
                    claim.reference(),
                    claim.total(),
                    labels.yesNo(claim.overLimit()),
                    claim.overLimitReason(),
                    labels.text("expense.status." + claim.status()),
                    claim.rejectionReason()));
        }
        Spreadsheets.writeXlsx(
                out,
                labels.text("expense.title"),
                labels.texts(
                        "expense.submittedAt",
                        "expense.claimant",
                        "expense.purpose",
                        "expense.tripFrom",
                        "expense.tripTo",
                        "expense.tripDays",
                        "expense.route",
                        "expense.reference",
                        "expense.total",
                        "expense.overLimitFlag",
                        "expense.overLimitReason",
                        "expense.status",
                        "expense.rejectionReason"),
                rows);
    }

    private ExpenseStore.Filter filter(
            SignedInUser me, @Nullable StoreId storeId, @Nullable UserId personId, @Nullable ExpenseStatus status) {
        if (!approver(me)) {
            return new ExpenseStore.Filter(null, me.userId().value(), status);
        }
        Collection<UUID> stores = storeId != null
                ? List.of(organization.visibleStore(storeId).id().value())
                : me.seesAllStores()
                        ? null
                        : me.storeIds().stream().map(StoreId::value).toList();
        return new ExpenseStore.Filter(stores, personId == null ? null : personId.value(), status);
    }

    /**
     * Approves a claim at the step it is at: a manager of the claimant's store when it is submitted, finance when a
     * manager approved it.
     */
    @PreAuthorize(APPROVERS)
    @Transactional
    public ExpenseClaimView approve(ExpenseClaimId id, long version) {
        ExpenseStore.Claim claim = decidable(id, version);
        boolean managerStep = claim.status() == ExpenseStatus.SUBMITTED;
        move(
                claim,
                managerStep ? ExpenseStatus.MANAGER_APPROVED : ExpenseStatus.APPROVED,
                managerStep ? "manager" : "finance",
                null);
        auditTrail.record("APPROVE", "ExpenseClaim", id, claim.purpose() + " " + claim.total());
        return get(id);
    }

    @PreAuthorize(APPROVERS)
    @Transactional
    public ExpenseClaimView reject(ExpenseClaimId id, long version, String reason) {
        if (reason.isBlank()) {
            throw new InvalidInputException("reason", "expense.reasonRequired");
        }
        ExpenseStore.Claim claim = decidable(id, version);
        move(claim, ExpenseStatus.REJECTED, "rejected", reason.trim());
        auditTrail.record("REJECT", "ExpenseClaim", id, reason.trim());
        return get(id);
    }

    @PreAuthorize(FINANCE)
    @Transactional
    public ExpenseClaimView pay(ExpenseClaimId id, long version) {
        ExpenseStore.Claim claim = visible(id);
        StaleVersionException.check(version, claim.version());
        if (claim.status() != ExpenseStatus.APPROVED) {
            throw illegal("pay", claim);
        }
        move(claim, ExpenseStatus.PAID, "paid", null);
        auditTrail.record("PAY", "ExpenseClaim", id, claim.purpose() + " " + claim.total());
        return get(id);
    }

    /**
     * Adds a receipt photo (JPEG, PNG or WebP, read from its bytes, at most 5 MB, ten a claim): the claimant's own,
     * while the claim waits for the manager.
     */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional
    public ExpenseClaimView addReceipt(ExpenseClaimId id, byte[] data) {
        ExpenseStore.Claim claim = visible(id);
        if (!claim.claimantId().equals(CurrentUser.require().userId().value())) {
            throw new AccessDeniedException("The claimant adds the receipts");
        }
        if (claim.status() != ExpenseStatus.SUBMITTED) {
            throw illegal("addReceipt", claim);
        }
        String type = Image.typeOf(data);
        if (type == null) {
            throw new InvalidInputException("file", "expense.receiptType");
        }
        if (data.length > MAX_RECEIPT_BYTES) {
            throw new InvalidInputException("file", "expense.receiptSize");
        }
        if (store.receipts(List.of(claim.id()))
                        .getOrDefault(claim.id(), List.of())
                        .size()
                >= MAX_RECEIPTS) {
            throw new InvalidInputException("file", "expense.tooManyReceipts", MAX_RECEIPTS);
        }
        store.addReceipt(claim.id(), Ids.newId(), type, data, clock.instant());
        auditTrail.record("ADD_RECEIPT", "ExpenseClaim", id, type + " " + data.length);
        return get(id);
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public Image receipt(ExpenseClaimId id, UUID receiptId) {
        return store.receipt(visible(id).id(), receiptId)
                .map(found -> new Image(found.getKey(), found.getValue()))
                .orElseThrow(() -> new NotFoundException("receipt", receiptId));
    }

    /**
     * The claims approved by finance or paid that name one of these references (contract numbers, say), each with the
     * day it was filed (the caller's calendar) and its total: what the sales office counts as a contract's expenses.
     */
    @PreAuthorize("hasAnyRole('ADMIN','HQ','SALES','FINANCE')")
    @Transactional(readOnly = true)
    public List<ReferencedExpense> referencing(Collection<String> references) {
        ZoneId zone = organization.zoneOf(null);
        return store.referencing(CurrentUser.require().organizationId().value(), references).stream()
                .map(r -> new ReferencedExpense(
                        r.reference(), r.submittedAt().atZone(zone).toLocalDate(), r.total()))
                .toList();
    }

    /** The daily limits, every category in order (null: no limit). */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ExpenseRule> rules() {
        Map<ExpenseCategory, BigDecimal> limits =
                store.rules(CurrentUser.require().organizationId().value());
        return Arrays.stream(ExpenseCategory.values())
                .map(category -> new ExpenseRule(category, limits.get(category)))
                .toList();
    }

    /** Sets the daily limit of each given category (null: none); the others stay as they are. */
    @PreAuthorize(RULE_SETTERS)
    @Transactional
    public List<ExpenseRule> setRules(List<ExpenseRule> rules) {
        UUID org = CurrentUser.require().organizationId().value();
        rules.forEach(rule -> store.rule(
                org,
                rule.category(),
                rule.dailyLimit() == null ? null : rule.dailyLimit().setScale(2)));
        auditTrail.record("UPDATE", "ExpenseRule", org, rules.toString());
        return rules();
    }

    /**
     * A claim the caller may decide on now: not their own, submitted (a manager of its store decides) or approved by
     * a manager (finance decides), at the version they read.
     */
    private ExpenseStore.Claim decidable(ExpenseClaimId id, long version) {
        SignedInUser me = CurrentUser.require();
        ExpenseStore.Claim claim = visible(id);
        StaleVersionException.check(version, claim.version());
        if (claim.claimantId().equals(me.userId().value())) {
            throw new DomainException("own-claim", "expense.ownClaim");
        }
        switch (claim.status()) {
            case SUBMITTED -> {
                if (!me.isManager()) {
                    throw new AccessDeniedException("A manager of the store approves first");
                }
            }
            case MANAGER_APPROVED -> {
                if (!me.hasRole(Role.FINANCE) && !me.hasRole(Role.ADMIN)) {
                    throw new AccessDeniedException("Finance approves after the manager");
                }
            }
            default -> throw illegal("decide", claim);
        }
        return claim;
    }

    private void move(ExpenseStore.Claim claim, ExpenseStatus to, String step, @Nullable String reason) {
        SignedInUser me = CurrentUser.require();
        UUID org = me.organizationId().value();
        if (!store.step(org, claim.id(), claim.version(), to, step, me.userId().value(), clock.instant(), reason)) {
            long now =
                    store.find(org, claim.id()).map(ExpenseStore.Claim::version).orElse(-1L);
            throw new StaleVersionException(claim.version(), now);
        }
    }

    private DomainException illegal(String action, ExpenseStore.Claim claim) {
        return new DomainException(
                "illegal-transition",
                "expense.illegalTransition",
                labels.text("expense.action." + action),
                labels.text("expense.status." + claim.status()));
    }

    /** A claim of the caller's organisation that they may see; else not found. */
    private ExpenseStore.Claim visible(ExpenseClaimId id) {
        SignedInUser me = CurrentUser.require();
        ExpenseStore.Claim claim = store.find(me.organizationId().value(), id.value())
                .orElseThrow(() -> new NotFoundException("expense claim", id));
        boolean mine = claim.claimantId().equals(me.userId().value());
        if (!mine && !(approver(me) && me.canSeeStore(new StoreId(claim.storeId())))) {
            throw new NotFoundException("expense claim", id);
        }
        return claim;
    }

    private static boolean approver(SignedInUser me) {
        return me.isManager() || me.hasRole(Role.FINANCE);
    }

    private List<ExpenseClaimView> views(List<ExpenseStore.Claim> claims) {
        List<UUID> ids = claims.stream().map(ExpenseStore.Claim::id).toList();
        Map<UUID, List<ExpenseStore.Item>> items = store.items(ids);
        Map<UUID, List<UUID>> receipts = store.receipts(ids);
        Set<UserId> people = new LinkedHashSet<>();
        for (ExpenseStore.Claim claim : claims) {
            for (UUID person : Arrays.asList(
                    claim.claimantId(), claim.managerId(), claim.financeId(), claim.paidBy(), claim.rejectedBy())) {
                if (person != null) {
                    people.add(new UserId(person));
                }
            }
        }
        Map<UserId, String> names = organization.namesOf(people);
        Function<UUID, String> name = person -> names.getOrDefault(new UserId(person), "");
        return claims.stream()
                .map(claim -> new ExpenseClaimView(
                        new ExpenseClaimId(claim.id()),
                        new StoreId(claim.storeId()),
                        new UserId(claim.claimantId()),
                        name.apply(claim.claimantId()),
                        claim.purpose(),
                        claim.tripFrom(),
                        claim.tripTo(),
                        claim.tripFrom() == null || claim.tripTo() == null
                                ? 0
                                : (int) ChronoUnit.DAYS.between(claim.tripFrom(), claim.tripTo()) + 1,
                        claim.route(),
                        claim.reference(),
                        claim.total(),
                        claim.overLimit(),
                        claim.overLimitReason(),
                        claim.status(),
                        claim.submittedAt(),
                        step(claim.managerId(), claim.managerAt(), name),
                        step(claim.financeId(), claim.financeAt(), name),
                        step(claim.paidBy(), claim.paidAt(), name),
                        step(claim.rejectedBy(), claim.rejectedAt(), name),
                        claim.rejectionReason(),
                        items.getOrDefault(claim.id(), List.of()).stream()
                                .map(i -> new ExpenseClaimView.Item(
                                        i.category(), i.spentOn(), i.amount(), i.description()))
                                .toList(),
                        receipts.getOrDefault(claim.id(), List.of()),
                        claim.version()))
                .toList();
    }

    private static ExpenseClaimView.@Nullable Step step(
            @Nullable UUID by, @Nullable Instant at, Function<UUID, String> name) {
        return by == null || at == null ? null : new ExpenseClaimView.Step(new UserId(by), name.apply(by), at);
    }

    private static @Nullable String trim(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
