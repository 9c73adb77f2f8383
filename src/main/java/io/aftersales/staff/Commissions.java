package io.aftersales.staff;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.reporting.KpiGrouping;
import io.aftersales.reporting.KpiQuery;
import io.aftersales.reporting.KpiRow;
import io.aftersales.reporting.Reports;
import io.aftersales.shared.Labels;
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
import io.aftersales.staff.domain.CommissionStore;
import io.aftersales.workorder.WorkOrderManagement;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commissions (提成): HQ and admins set, per role and basis, marginal tiers and a monthly cap; a store manager computes
 * the month's statements from the payments received and the delivered jobs (an advisor's as advisor, a technician's
 * as lead), recomputes them as
 * often as needed and approves each; finance locks the store's month once every statement is approved. A locked month
 * never changes (409); what its figures gained or lost since is carried into the next month's statement as a
 * correction line. Advisors and technicians read their own statements.
 */
@Service
public class Commissions {

    public static final String RULE_SETTERS = "hasAnyRole('ADMIN','HQ')";

    public static final String LOCKERS = "hasAnyRole('ADMIN','FINANCE')";

    /** The roles that earn commissions, in the order a person with several is paid as. */
    static final List<Role> EARNERS = List.of(Role.SERVICE_ADVISOR, Role.TECHNICIAN);

    private final CommissionStore store;
    private final Reports reports;
    private final WorkOrderManagement workOrders;
    private final OrganizationManagement organization;
    private final AuditTrail auditTrail;
    private final Labels labels;
    private final Clock clock;

    Commissions(
            CommissionStore store,
            Reports reports,
            WorkOrderManagement workOrders,
            OrganizationManagement organization,
            AuditTrail auditTrail,
            Labels labels,
            Clock clock) {
        this.store = store;
        this.reports = reports;
        this.workOrders = workOrders;
        this.organization = organization;
        this.auditTrail = auditTrail;
        this.labels = labels;
        this.clock = clock;
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<CommissionRule> rules() {
        return store.rules(CurrentUser.require().organizationId().value()).stream()
                .map(rule -> new CommissionRule(
                        Role.valueOf(rule.role()), rule.basis(), tiers(rule.tiers()), rule.monthlyCap()))
                .toList();
    }

    /** Sets each given role's rule on its basis (no tiers: removes it); the others stay. */
    @PreAuthorize(RULE_SETTERS)
    @Transactional
    public List<CommissionRule> setRules(List<CommissionRule> rules) {
        UUID org = CurrentUser.require().organizationId().value();
        for (int i = 0; i < rules.size(); i++) {
            CommissionRule rule = rules.get(i);
            if (!EARNERS.contains(rule.role())) {
                throw new InvalidInputException("[" + i + "].role", "commission.notAnEarner");
            }
            if (rule.basis() == CommissionBasis.ADJUSTMENT) {
                throw new InvalidInputException("[" + i + "].basis", "commission.notABasis");
            }
            List<CommissionRule.Tier> tiers = rule.tiers().stream()
                    .sorted(Comparator.comparing(CommissionRule.Tier::from))
                    .toList();
            if (tiers.stream()
                            .map(t -> t.from().stripTrailingZeros())
                            .distinct()
                            .count()
                    < tiers.size()) {
                throw new InvalidInputException("[" + i + "].tiers", "commission.tiersTwice");
            }
            store.rule(
                    org,
                    new CommissionStore.Rule(
                            rule.role().name(),
                            rule.basis(),
                            tiers.stream()
                                    .map(t -> t.from().stripTrailingZeros().toPlainString() + ":"
                                            + t.ratePercent()
                                                    .stripTrailingZeros()
                                                    .toPlainString())
                                    .collect(Collectors.joining(";")),
                            rule.monthlyCap()));
        }
        auditTrail.record("UPDATE", "CommissionRule", org, rules.toString());
        return rules();
    }

    /**
     * Computes (again) the statements of a store's month for every active advisor and technician of the store whose
     * role has a rule; refused when the month is locked or has not begun.
     */
    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public List<CommissionStatementView> compute(StoreId storeId, YearMonth month) {
        organization.visibleStore(storeId);
        SignedInUser me = CurrentUser.require();
        UUID org = me.organizationId().value();
        if (month.isAfter(YearMonth.from(reports.today()))) {
            throw new InvalidInputException("month", "commission.futureMonth");
        }
        if (store.statements(org, storeId.value(), month.atDay(1), null).stream()
                .anyMatch(s -> s.status() == CommissionStatus.LOCKED)) {
            throw new DomainException("month-locked", "commission.monthLocked", month);
        }
        Map<Role, List<CommissionRule>> rules = rules().stream()
                .collect(Collectors.groupingBy(CommissionRule::role, LinkedHashMap::new, Collectors.toList()));
        Figures now = figures(storeId, month);
        Figures before = figures(storeId, month.minusMonths(1));
        Map<UUID, BigDecimal> lockedBefore = lockedTotals(org, storeId, month.minusMonths(1));
        Instant at = clock.instant();
        Map<CommissionStore.Statement, List<CommissionStore.Line>> statements = new LinkedHashMap<>();
        for (StaffMember member : organization.staffOf(storeId)) {
            Role role = EARNERS.stream()
                    .filter(r -> member.has(r) && rules.containsKey(r))
                    .findFirst()
                    .orElse(null);
            if (role == null || !member.active() || !member.worksAt(storeId)) {
                continue;
            }
            List<CommissionStore.Line> lines =
                    lines(rules.get(role), now.of(role, member.id()), now.collected(role, member.id()));
            BigDecimal locked = lockedBefore.get(member.id().value());
            if (locked != null) {
                BigDecimal fresh =
                        sum(lines(rules.get(role), before.of(role, member.id()), before.collected(role, member.id())));
                BigDecimal correction = fresh.subtract(locked);
                if (correction.signum() != 0) {
                    lines.add(new CommissionStore.Line(
                            CommissionBasis.ADJUSTMENT,
                            fresh,
                            correction,
                            false,
                            month.minusMonths(1).toString()));
                }
            }
            statements.put(
                    new CommissionStore.Statement(
                            Ids.newId(),
                            storeId.value(),
                            member.id().value(),
                            month.atDay(1),
                            role.name(),
                            CommissionStatus.COMPUTED,
                            sum(lines),
                            at,
                            null,
                            null,
                            null,
                            null,
                            0),
                    lines);
        }
        store.replace(org, storeId.value(), month.atDay(1), statements);
        auditTrail.record("COMPUTE", "CommissionStatement", storeId, month + ": " + statements.size());
        return statements(storeId, month);
    }

    /** A store's month: every statement for managers and finance, their own for anyone else. */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<CommissionStatementView> statements(StoreId storeId, YearMonth month) {
        organization.visibleStore(storeId);
        SignedInUser me = CurrentUser.require();
        return views(store.statements(
                me.organizationId().value(),
                storeId.value(),
                month.atDay(1),
                Reports.readsEveryone(me) ? null : me.userId().value()));
    }

    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public CommissionStatementView approve(CommissionStatementId id, long version) {
        SignedInUser me = CurrentUser.require();
        UUID org = me.organizationId().value();
        CommissionStore.Statement statement = visible(id);
        if (statement.status() != CommissionStatus.COMPUTED) {
            throw illegal("approve", statement.status());
        }
        StaleVersionException.check(version, statement.version());
        if (!store.approve(org, id.value(), version, me.userId().value(), clock.instant())) {
            throw new StaleVersionException(version, visible(id).version());
        }
        auditTrail.record(
                "APPROVE", "CommissionStatement", id, statement.total().toPlainString());
        return views(List.of(visible(id))).get(0);
    }

    /** Locks the store's month: every statement must be approved (else 409), and none changes after. */
    @PreAuthorize(LOCKERS)
    @Transactional
    public List<CommissionStatementView> lock(StoreId storeId, YearMonth month) {
        organization.visibleStore(storeId);
        SignedInUser me = CurrentUser.require();
        UUID org = me.organizationId().value();
        List<CommissionStore.Statement> statements = store.statements(org, storeId.value(), month.atDay(1), null);
        if (statements.isEmpty()) {
            throw new DomainException("nothing-to-lock", "commission.nothingToLock", month);
        }
        if (statements.stream().anyMatch(s -> s.status() == CommissionStatus.LOCKED)) {
            throw new DomainException("month-locked", "commission.monthLocked", month);
        }
        long unapproved = statements.stream()
                .filter(s -> s.status() != CommissionStatus.APPROVED)
                .count();
        if (unapproved > 0) {
            throw new DomainException("not-approved", "commission.notApproved", unapproved);
        }
        // Recomputed meanwhile (approvals undone): none is locked then, the transaction rolls back.
        if (store.lock(org, storeId.value(), month.atDay(1), me.userId().value(), clock.instant())
                != statements.size()) {
            throw new DomainException("not-approved", "commission.notApproved", statements.size());
        }
        auditTrail.record("LOCK", "CommissionStatement", storeId, month.toString());
        return statements(storeId, month);
    }

    /** The month's statements as a sheet: one row per line. */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public void export(StoreId storeId, YearMonth month, OutputStream out) {
        List<List<?>> rows = new ArrayList<>();
        for (CommissionStatementView statement : statements(storeId, month)) {
            for (CommissionStatementView.Line line : statement.lines()) {
                rows.add(Arrays.asList(
                        month.toString(),
                        statement.personName(),
                        labels.text("role." + statement.role()),
                        labels.text("commission.basis." + line.basis()),
                        line.base(),
                        line.commission(),
                        labels.yesNo(line.capped()),
                        statement.total(),
                        labels.text("commission.status." + statement.status())));
            }
        }
        Spreadsheets.writeXlsx(
                out,
                labels.text("commission.title"),
                labels.texts(
                        "commission.month",
                        "commission.person",
                        "commission.role",
                        "commission.basis",
                        "commission.base",
                        "commission.amount",
                        "commission.capped",
                        "commission.total",
                        "commission.status"),
                rows);
    }

    /** The month's figures per advisor (as advisor) and per technician (as lead) of the store. */
    private Figures figures(StoreId storeId, YearMonth month) {
        ZoneId zone = organization.zoneOf(storeId);
        return new Figures(
                rows(storeId, month, KpiGrouping.ADVISOR),
                rows(storeId, month, KpiGrouping.TECHNICIAN),
                workOrders.collected(
                        storeId,
                        month.atDay(1).atStartOfDay(zone).toInstant(),
                        month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
    }

    private Map<String, KpiRow> rows(StoreId storeId, YearMonth month, KpiGrouping grouping) {
        Map<String, KpiRow> rows = new HashMap<>();
        reports.kpis(new KpiQuery(month.atDay(1), month.atEndOfMonth(), storeId, grouping, null, null))
                .rows()
                .forEach(row -> {
                    if (row.key() != null) {
                        rows.put(row.key(), row);
                    }
                });
        return rows;
    }

    private record Figures(
            Map<String, KpiRow> advisors, Map<String, KpiRow> technicians, WorkOrderManagement.Collected payments) {

        @Nullable
        KpiRow of(Role role, UserId person) {
            return (role == Role.SERVICE_ADVISOR ? advisors : technicians)
                    .get(person.value().toString());
        }

        BigDecimal collected(Role role, UserId person) {
            return (role == Role.SERVICE_ADVISOR ? payments.byAdvisor() : payments.byLead())
                    .getOrDefault(person, BigDecimal.ZERO);
        }
    }

    /** What each person's locked statement of the month paid on its own figures (its correction line left out). */
    private Map<UUID, BigDecimal> lockedTotals(UUID org, StoreId storeId, YearMonth month) {
        List<CommissionStore.Statement> locked = store.statements(org, storeId.value(), month.atDay(1), null).stream()
                .filter(s -> s.status() == CommissionStatus.LOCKED)
                .toList();
        Map<UUID, List<CommissionStore.Line>> lines =
                store.lines(locked.stream().map(CommissionStore.Statement::id).toList());
        Map<UUID, BigDecimal> totals = new HashMap<>();
        for (CommissionStore.Statement statement : locked) {
            totals.put(
                    statement.personId(),
                    sum(lines.getOrDefault(statement.id(), List.of()).stream()
                            .filter(l -> l.basis() != CommissionBasis.ADJUSTMENT)
                            .toList()));
        }
        return totals;
    }

    /** A line per rule: the base from the figures, the tiers applied to it, the cap. */
    static List<CommissionStore.Line> lines(List<CommissionRule> rules, @Nullable KpiRow row, BigDecimal collected) {
        List<CommissionStore.Line> lines = new ArrayList<>();
        for (CommissionRule rule : rules) {
            BigDecimal base = rule.basis() == CommissionBasis.COLLECTED
                    ? collected
                    : row == null ? BigDecimal.ZERO : base(rule.basis(), row);
            BigDecimal earned = tiered(base, rule.tiers());
            boolean capped = rule.monthlyCap() != null && earned.compareTo(rule.monthlyCap()) > 0;
            lines.add(new CommissionStore.Line(
                    rule.basis(),
                    base.setScale(2, RoundingMode.HALF_UP),
                    capped ? rule.monthlyCap().setScale(2, RoundingMode.HALF_UP) : earned,
                    capped,
                    null));
        }
        return lines;
    }

    private static BigDecimal base(CommissionBasis basis, KpiRow row) {
        return switch (basis) {
            case OUTPUT_VALUE -> row.outputValue();
            case CUSTOMER_PAY -> row.customerPay();
            case LABOUR -> row.labour();
            case PARTS -> row.parts();
            case COLLECTED, ADJUSTMENT -> BigDecimal.ZERO;
        };
    }

    /** Marginal tiers: each rate on the part of the base from its start to the next tier's start. */
    static BigDecimal tiered(BigDecimal base, List<CommissionRule.Tier> tiers) {
        List<CommissionRule.Tier> sorted = tiers.stream()
                .sorted(Comparator.comparing(CommissionRule.Tier::from))
                .toList();
        BigDecimal earned = BigDecimal.ZERO;
        for (int i = 0; i < sorted.size(); i++) {
            BigDecimal from = sorted.get(i).from();
            BigDecimal until = i + 1 < sorted.size() ? sorted.get(i + 1).from().min(base) : base;
            if (until.compareTo(from) > 0) {
                earned = earned.add(until.subtract(from).multiply(sorted.get(i).ratePercent()));
            }
        }
        return earned.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<CommissionStore.Line> lines) {
        return lines.stream()
                .map(CommissionStore.Line::commission)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static List<CommissionRule.Tier> tiers(String text) {
        List<CommissionRule.Tier> tiers = new ArrayList<>();
        for (String pair : text.split(";")) {
            String[] parts = pair.split(":");
            tiers.add(new CommissionRule.Tier(new BigDecimal(parts[0]), new BigDecimal(parts[1])));
        }
        return tiers;
    }

    private DomainException illegal(String action, CommissionStatus status) {
        return new DomainException(
                "illegal-transition",
                "commission.illegalTransition",
                labels.text("commission.action." + action),
                labels.text("commission.status." + status));
    }

    /** A statement of a store the caller sees: anyone's for managers and finance, their own for anyone else. */
    private CommissionStore.Statement visible(CommissionStatementId id) {
        SignedInUser me = CurrentUser.require();
        CommissionStore.Statement statement = store.find(me.organizationId().value(), id.value())
                .filter(s -> me.canSeeStore(new StoreId(s.storeId())))
                .filter(s -> Reports.readsEveryone(me)
                        || s.personId().equals(me.userId().value()))
                .orElseThrow(() -> new NotFoundException("commission statement", id));
        return statement;
    }

    private List<CommissionStatementView> views(List<CommissionStore.Statement> statements) {
        Map<UUID, List<CommissionStore.Line>> lines = store.lines(
                statements.stream().map(CommissionStore.Statement::id).toList());
        Set<UserId> people = new LinkedHashSet<>();
        for (CommissionStore.Statement s : statements) {
            people.add(new UserId(s.personId()));
            if (s.approvedBy() != null) {
                people.add(new UserId(s.approvedBy()));
            }
            if (s.lockedBy() != null) {
                people.add(new UserId(s.lockedBy()));
            }
        }
        Map<UserId, String> names = organization.namesOf(people);
        return statements.stream()
                .map(s -> new CommissionStatementView(
                        new CommissionStatementId(s.id()),
                        new StoreId(s.storeId()),
                        new UserId(s.personId()),
                        names.getOrDefault(new UserId(s.personId()), ""),
                        Role.valueOf(s.role()),
                        YearMonth.from(s.month()),
                        s.status(),
                        lines.getOrDefault(s.id(), List.of()).stream()
                                .map(l -> new CommissionStatementView.Line(
                                        l.basis(), l.base(), l.commission(), l.capped(), l.note()))
                                .toList(),
                        s.total(),
                        s.computedAt(),
                        s.approvedBy() == null ? null : names.get(new UserId(s.approvedBy())),
                        s.approvedAt(),
                        s.lockedBy() == null ? null : names.get(new UserId(s.lockedBy())),
                        s.lockedAt(),
                        s.version()))
                .toList();
    }
}
