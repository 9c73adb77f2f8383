package io.aftersales.reporting;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.organization.StoreView;
import io.aftersales.reporting.domain.CostStore;
import io.aftersales.reporting.domain.TargetStore;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.workorder.WorkOrderId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Cost control by the responsible person (成本控制到人): budgets per store, month, cost centre and person, set by the
 * store's managers; the actual costs from the delivered work orders (goodwill and internal repairs, charged to the
 * job's advisor) and from entries made by managers or finance; the variance of each, with alerts when a line is over
 * its budget or spending faster than the month goes. Advisors and technicians read their own lines.
 */
@Service
public class CostControl {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CostStore store;
    private final Reports reports;
    private final OrganizationManagement organization;
    private final AuditTrail audit;
    private final Clock clock;

    CostControl(CostStore store, Reports reports, OrganizationManagement organization, AuditTrail audit, Clock clock) {
        this.store = store;
        this.reports = reports;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Reports.READERS)
    @Transactional(readOnly = true)
    public CostSheet sheet(YearMonth month, StoreId storeId) {
        StoreView shop = organization.visibleStore(storeId);
        SignedInUser user = CurrentUser.require();
        UUID org = user.organizationId().value();
        int days = month.lengthOfMonth();
        int daysGone = KpiTargets.daysGone(month, reports.today());

        Map<UUID, Map<CostCentre, BigDecimal>> budgets = new HashMap<>();
        store.budgets(org, month.atDay(1), storeId.value())
                .forEach(b -> budgets.computeIfAbsent(b.personId(), k -> new EnumMap<>(CostCentre.class))
                        .put(b.centre(), b.amount()));
        Map<UUID, Map<CostCentre, BigDecimal>> actuals = new HashMap<>();
        if (daysGone > 0) {
            LocalDate from = month.atDay(1);
            LocalDate to = month.atDay(daysGone);
            KpiReport kpis = reports.everyonesKpis(new KpiQuery(from, to, storeId, KpiGrouping.ADVISOR, null, null));
            addWorkOrderCosts(actuals, TargetStore.STORE, kpis.total());
            kpis.rows()
                    .forEach(
                            row -> addWorkOrderCosts(actuals, UUID.fromString(Objects.requireNonNull(row.key())), row));
            for (CostStore.Entered entered : store.entered(org, storeId.value(), from, to)) {
                add(actuals, TargetStore.STORE, entered.centre(), entered.amount());
                if (entered.personId() != null) {
                    add(actuals, entered.personId(), entered.centre(), entered.amount());
                }
            }
        }

        Set<UUID> people = new LinkedHashSet<>(budgets.keySet());
        people.addAll(actuals.keySet());
        if (!Reports.readsEveryone(user)) {
            people.retainAll(Set.of(user.userId().value()));
        }
        Map<UUID, String> names = names(people);
        List<CostLine> lines = new ArrayList<>();
        for (UUID person : people) {
            boolean ofStore = person.equals(TargetStore.STORE);
            Map<CostCentre, BigDecimal> budget = budgets.getOrDefault(person, Map.of());
            Map<CostCentre, BigDecimal> actual = actuals.getOrDefault(person, Map.of());
            for (CostCentre centre : CostCentre.values()) {
                BigDecimal spent = actual.getOrDefault(centre, BigDecimal.ZERO);
                if (budget.containsKey(centre) || spent.signum() != 0) {
                    lines.add(line(
                            ofStore ? null : new UserId(person),
                            ofStore ? shop.name() : names.getOrDefault(person, person.toString()),
                            centre,
                            budget.get(centre),
                            spent,
                            daysGone,
                            days));
                }
            }
        }
        lines.sort(Comparator.comparing((CostLine l) -> l.personId() != null)
                .thenComparing(CostLine::name)
                .thenComparing(CostLine::centre));
        long alerts = lines.stream().filter(l -> l.status().alert()).count();
        return new CostSheet(month, storeId, daysGone, days, lines, alerts);
    }

    /** Sets the given budgets of a store's month (a null amount removes one); the others stay as they are. */
    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public CostSheet setBudgets(YearMonth month, StoreId storeId, List<CostBudget> budgets) {
        organization.visibleStore(storeId);
        Map<UserId, StaffMember> people =
                staffOf(budgets.stream().map(CostBudget::personId).toList());
        for (int i = 0; i < budgets.size(); i++) {
            UserId person = budgets.get(i).personId();
            if (person != null && !worksAt(people.get(person), storeId)) {
                throw new InvalidInputException("budgets[" + i + "].personId", "reports.targetUnknownPerson");
            }
        }
        SignedInUser user = CurrentUser.require();
        for (CostBudget budget : budgets) {
            store.setBudget(
                    user.organizationId().value(),
                    month.atDay(1),
                    storeId.value(),
                    budget.personId() == null ? TargetStore.STORE : Identifier.valueOf(budget.personId()),
                    budget.centre(),
                    budget.amount() == null ? null : budget.amount().setScale(2, RoundingMode.HALF_UP),
                    user.userId().value(),
                    clock.instant());
        }
        audit.record("SET_BUDGETS", "CostBudget", storeId + "/" + month, budgets.size() + "");
        return sheet(month, storeId);
    }

    /**
     * Enters a cost of a centre no work order records. Entries stay as entered: a mistake is undone by an entry of
     * the opposite amount.
     */
    @PreAuthorize(RoleGroups.FIGURES)
    @Transactional
    public CostEntry record(NewCostEntry entry) {
        organization.visibleStore(entry.storeId());
        if (entry.centre().fromWorkOrders()) {
            throw new InvalidInputException("centre", "reports.costFromWorkOrders");
        }
        if (entry.amount().signum() == 0) {
            throw new InvalidInputException("amount", "reports.costZero");
        }
        if (entry.day().isAfter(reports.today())) {
            throw new InvalidInputException("day", "reports.costInFuture");
        }
        if (entry.personId() != null
                && !worksAt(staffOf(List.of(entry.personId())).get(entry.personId()), entry.storeId())) {
            throw new InvalidInputException("personId", "reports.targetUnknownPerson");
        }
        SignedInUser user = CurrentUser.require();
        CostStore.Entry stored = new CostStore.Entry(
                UUID.randomUUID(),
                entry.storeId().value(),
                Identifier.valueOf(entry.personId()),
                entry.centre(),
                entry.day(),
                entry.amount().setScale(2, RoundingMode.HALF_UP),
                entry.note().strip(),
                clock.instant(),
                user.userId().value());
        store.add(user.organizationId().value(), stored);
        audit.record("RECORD_COST", "CostEntry", stored.id(), entry.centre() + " " + stored.amount());
        return view(stored, names(nonNull(stored.personId(), stored.createdBy())));
    }

    /** The entries of a store's month, the latest first; an advisor's or technician's own only. */
    @PreAuthorize(Reports.READERS)
    @Transactional(readOnly = true)
    public PagedResult<CostEntry> entries(YearMonth month, StoreId storeId, Pageable page) {
        organization.visibleStore(storeId);
        SignedInUser user = CurrentUser.require();
        UUID org = user.organizationId().value();
        UUID only = Reports.readsEveryone(user) ? null : user.userId().value();
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        long total = store.countEntries(org, storeId.value(), from, to, only);
        List<CostStore.Entry> found = total == 0
                ? List.of()
                : store.entries(org, storeId.value(), from, to, only, (int) page.getOffset(), page.getPageSize());
        Set<UUID> ids = new LinkedHashSet<>();
        found.forEach(e -> ids.addAll(nonNull(e.personId(), e.createdBy())));
        Map<UUID, String> names = names(ids);
        return new PagedResult<>(
                found.stream().map(e -> view(e, names)).toList(), page.getPageNumber(), page.getPageSize(), total);
    }

    /**
     * The delivered jobs behind a cost the work orders give (the drill-down of a line): of the store's month so far,
     * of one advisor when given. Advisors and technicians may ask for their own only.
     */
    @PreAuthorize(Reports.READERS)
    @Transactional(readOnly = true)
    public PagedResult<CostedJob> jobs(
            YearMonth month, StoreId storeId, CostCentre centre, @Nullable UserId personId, Pageable page) {
        organization.visibleStore(storeId);
        if (!centre.fromWorkOrders()) {
            throw new InvalidInputException("centre", "reports.costNotFromWorkOrders");
        }
        SignedInUser user = CurrentUser.require();
        UserId advisor = personId;
        if (!Reports.readsEveryone(user)) {
            if (personId != null && !personId.equals(user.userId())) {
                throw new AccessDeniedException("Only your own figures");
            }
            advisor = user.userId();
        }
        int daysGone = KpiTargets.daysGone(month, reports.today());
        if (daysGone == 0) {
            return new PagedResult<>(List.of(), page.getPageNumber(), page.getPageSize(), 0);
        }
        UUID org = user.organizationId().value();
        LocalDate from = month.atDay(1);
        LocalDate to = month.atDay(daysGone);
        UUID advisorId = Identifier.valueOf(advisor);
        long total = store.countJobs(org, storeId.value(), from, to, centre, advisorId);
        List<CostStore.Job> found = total == 0
                ? List.of()
                : store.jobs(
                        org, storeId.value(), from, to, centre, advisorId, (int) page.getOffset(), page.getPageSize());
        Map<UUID, String> names =
                names(found.stream().map(CostStore.Job::advisorId).toList());
        return new PagedResult<>(
                found.stream()
                        .map(job -> new CostedJob(
                                new WorkOrderId(job.workOrderId()),
                                job.number(),
                                new UserId(job.advisorId()),
                                names.getOrDefault(
                                        job.advisorId(), job.advisorId().toString()),
                                job.deliveredAt(),
                                job.amount()))
                        .toList(),
                page.getPageNumber(),
                page.getPageSize(),
                total);
    }

    private static CostLine line(
            @Nullable UserId personId,
            String name,
            CostCentre centre,
            @Nullable BigDecimal budget,
            BigDecimal actual,
            int daysGone,
            int days) {
        BigDecimal forecast = KpiTargets.monthEnd(actual, daysGone, days);
        if (budget == null) {
            return new CostLine(
                    personId, name, centre, null, actual, null, null, null, forecast, CostLine.Status.UNBUDGETED);
        }
        BigDecimal pace = KpiTargets.pace(budget, daysGone, days);
        CostLine.Status status = actual.compareTo(budget) > 0
                ? CostLine.Status.OVER
                : actual.compareTo(pace) > 0 ? CostLine.Status.AHEAD : CostLine.Status.WITHIN;
        return new CostLine(
                personId,
                name,
                centre,
                budget,
                actual,
                budget.subtract(actual),
                budget.signum() == 0 ? null : actual.multiply(HUNDRED).divide(budget, 1, RoundingMode.HALF_UP),
                pace,
                forecast,
                status);
    }

    private static void addWorkOrderCosts(
            Map<UUID, Map<CostCentre, BigDecimal>> actuals, UUID person, @Nullable KpiRow row) {
        if (row != null) {
            add(actuals, person, CostCentre.GOODWILL, row.goodwill());
            add(actuals, person, CostCentre.INTERNAL_REPAIR, row.internalPay());
        }
    }

    private static void add(
            Map<UUID, Map<CostCentre, BigDecimal>> actuals, UUID person, CostCentre centre, BigDecimal amount) {
        if (amount.signum() != 0) {
            actuals.computeIfAbsent(person, k -> new EnumMap<>(CostCentre.class))
                    .merge(centre, amount, BigDecimal::add);
        }
    }

    private CostEntry view(CostStore.Entry entry, Map<UUID, String> names) {
        UUID person = entry.personId();
        return new CostEntry(
                entry.id(),
                new StoreId(entry.storeId()),
                Identifier.of(person, UserId::new),
                person == null ? null : names.getOrDefault(person, person.toString()),
                entry.centre(),
                entry.day(),
                entry.amount(),
                entry.note(),
                entry.createdAt(),
                entry.createdBy().equals(TargetStore.STORE)
                        ? SystemUser.USERNAME
                        : names.getOrDefault(
                                entry.createdBy(), entry.createdBy().toString()));
    }

    private Map<UUID, String> names(java.util.Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        organization
                .staff(ids.stream()
                        .filter(id -> !id.equals(TargetStore.STORE))
                        .distinct()
                        .map(UserId::new)
                        .toList())
                .forEach(member -> names.put(member.id().value(), member.displayName()));
        return names;
    }

    private Map<UserId, StaffMember> staffOf(List<@Nullable UserId> ids) {
        return organization
                .staff(ids.stream().filter(Objects::nonNull).distinct().toList())
                .stream()
                .collect(java.util.stream.Collectors.toMap(StaffMember::id, Function.identity()));
    }

    private static boolean worksAt(@Nullable StaffMember member, StoreId storeId) {
        return member != null && member.active() && member.worksAt(storeId);
    }

    private static List<UUID> nonNull(@Nullable UUID first, UUID second) {
        return first == null ? List.of(second) : List.of(first, second);
    }
}
