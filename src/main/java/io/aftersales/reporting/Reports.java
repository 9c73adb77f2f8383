package io.aftersales.reporting;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.organization.StoreView;
import io.aftersales.reporting.domain.ReportFacts;
import io.aftersales.reporting.domain.ReportFacts.Feedback;
import io.aftersales.reporting.domain.ReportFacts.Scope;
import io.aftersales.reporting.domain.ReportFacts.Tally;
import io.aftersales.shared.Labels;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.workorder.ServiceType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The management figures and the work orders behind each. Managers, HQ and finance see every person of the stores
 * they see; an advisor sees their own jobs only, a technician the jobs they led, and asking for someone else's
 * figures is refused (403). A store the user does not see has no figures.
 */
@Service
public class Reports {

    /** Who may read figures: the figure readers, and advisors and technicians for their own. */
    public static final String READERS =
            "hasAnyRole('ADMIN','HQ','STORE_MANAGER','FINANCE','SERVICE_ADVISOR','TECHNICIAN')";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReportFacts facts;
    private final OrganizationManagement organization;
    private final Labels labels;
    private final Clock clock;

    Reports(ReportFacts facts, OrganizationManagement organization, Labels labels, Clock clock) {
        this.facts = facts;
        this.organization = organization;
        this.labels = labels;
        this.clock = clock;
    }

    /** The days reported when none are given: this month so far, in the organisation's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(organization.zoneOf(null)));
    }

    /** Managers, HQ, admins and finance read everyone's figures; advisors and technicians their own. */
    public static boolean readsEveryone(SignedInUser user) {
        return user.isManager() || user.hasRole(Role.FINANCE);
    }

    /**
     * The grouping a user starts with: each store for those who see several, each advisor for a store's manager,
     * each day for an advisor or technician looking at their own figures.
     */
    public KpiGrouping usualGrouping() {
        SignedInUser user = CurrentUser.require();
        if (!readsEveryone(user)) {
            return KpiGrouping.DAY;
        }
        return user.seesAllStores() || user.storeIds().size() > 1 ? KpiGrouping.STORE : KpiGrouping.ADVISOR;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public KpiReport kpis(KpiQuery asked) {
        return tally(allowed(asked));
    }

    /**
     * Everyone's figures in the stores the user sees, whoever asks: for a ranking, which shows an advisor or
     * technician only their own row of it.
     */
    @Transactional(readOnly = true)
    KpiReport everyonesKpis(KpiQuery query) {
        return tally(checked(query));
    }

    private KpiReport tally(KpiQuery query) {
        Map<String, Tally> received = new HashMap<>();
        Map<String, Tally> delivered = new HashMap<>();
        Map<String, Tally> comebacks = new HashMap<>();
        Scope scope = scope(query);
        if (scope != null) {
            facts.tally(scope, KpiMeasure.RECEIVED, query.groupBy()).forEach(t -> received.put(t.key(), t));
            facts.tally(scope, KpiMeasure.DELIVERED, query.groupBy()).forEach(t -> delivered.put(t.key(), t));
            facts.tally(scope, KpiMeasure.COMEBACKS, query.groupBy()).forEach(t -> comebacks.put(t.key(), t));
        }
        Set<String> keys = new LinkedHashSet<>(received.keySet());
        keys.addAll(delivered.keySet());
        keys.addAll(comebacks.keySet());
        Map<String, String> names = names(query.groupBy(), keys);
        List<KpiRow> rows = new ArrayList<>();
        for (String key : keys) {
            rows.add(row(key, names.getOrDefault(key, key), received.get(key), delivered.get(key), comebacks.get(key)));
        }
        rows.sort(
                query.groupBy().byTime()
                        ? Comparator.comparing(KpiRow::key, Comparator.nullsFirst(Comparator.naturalOrder()))
                        : Comparator.comparing(KpiRow::outputValue)
                                .reversed()
                                .thenComparing(KpiRow::received, Comparator.reverseOrder())
                                .thenComparing(KpiRow::label));
        return new KpiReport(query, rows, total(rows));
    }

    /**
     * One figure per group against the same days a year before and the period before. For months and days each row
     * is set against the same month or day a year before and against the month or day before it, over the same days
     * of the month when the last month is not over yet.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public KpiComparison compare(KpiQuery asked, KpiMetric metric) {
        KpiReport now = kpis(asked);
        KpiQuery query = now.query();
        KpiQuery yearBefore = query.over(
                query.from().minusYears(1), lastDay(query.to(), query.to().minusYears(1)));
        KpiQuery before = switch (query.groupBy()) {
            case MONTH ->
                query.over(
                        query.from().minusMonths(1),
                        lastDay(query.to(), query.to().minusMonths(1)));
            case DAY -> query.over(query.from().minusDays(1), query.to().minusDays(1));
            default -> {
                long days = ChronoUnit.DAYS.between(query.from(), query.to()) + 1;
                yield query.over(query.from().minusDays(days), query.from().minusDays(1));
            }
        };
        KpiReport yearAgo = kpis(yearBefore);
        KpiReport periodAgo = kpis(before);
        Map<String, KpiRow> lastYear = byKey(yearAgo);
        Map<String, KpiRow> previous = byKey(periodAgo);
        List<KpiChange> rows = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (KpiRow row : now.rows()) {
            String key = Objects.requireNonNull(row.key());
            shown.add(key);
            rows.add(change(
                    key,
                    row.label(),
                    metric.of(row),
                    value(metric, lastYear.get(yearBefore(query.groupBy(), key))),
                    value(metric, previous.get(periodBefore(query.groupBy(), key)))));
        }
        if (!query.groupBy().byTime()) {
            // A person or store with figures only before still shows, with nothing now.
            for (Map<String, KpiRow> then : List.of(lastYear, previous)) {
                then.values().stream()
                        .filter(row -> shown.add(Objects.requireNonNull(row.key())))
                        .forEach(row -> rows.add(change(
                                row.key(),
                                row.label(),
                                null,
                                value(metric, lastYear.get(row.key())),
                                value(metric, previous.get(row.key())))));
            }
        }
        KpiChange total = change(
                null,
                now.total().label(),
                metric.of(now.total()),
                metric.of(yearAgo.total()),
                metric.of(periodAgo.total()));
        return new KpiComparison(
                query, metric, yearBefore.from(), yearBefore.to(), before.from(), before.to(), rows, total);
    }

    /** The work orders behind a figure: those {@code measure} counts in the group {@code key} (all when null). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public PagedResult<ReportedWorkOrder> workOrders(
            KpiQuery asked, KpiMeasure measure, @Nullable String key, Pageable page) {
        KpiQuery query = allowed(asked);
        checkKey(query.groupBy(), key);
        Scope scope = scope(query);
        if (scope == null) {
            return new PagedResult<>(List.of(), page.getPageNumber(), page.getPageSize(), 0);
        }
        long total = facts.count(scope, measure, query.groupBy(), key);
        List<ReportedWorkOrder> items = total == 0
                ? List.of()
                : facts.list(scope, measure, query.groupBy(), key, (int) page.getOffset(), page.getPageSize());
        return new PagedResult<>(items, page.getPageNumber(), page.getPageSize(), total);
    }

    /** The same last day earlier: a month's end stays a month's end. */
    private static LocalDate lastDay(LocalDate last, LocalDate earlier) {
        return last.equals(last.withDayOfMonth(last.lengthOfMonth()))
                ? earlier.withDayOfMonth(earlier.lengthOfMonth())
                : earlier;
    }

    /** The key of the same group a year before: the same store or person, the month or day a year earlier. */
    private static String yearBefore(KpiGrouping groupBy, String key) {
        return switch (groupBy) {
            case MONTH -> YearMonth.parse(key).minusYears(1).toString();
            case DAY -> LocalDate.parse(key).minusYears(1).toString();
            default -> key;
        };
    }

    /** The key of the group in the period before: the same store or person, the month or day before. */
    private static String periodBefore(KpiGrouping groupBy, String key) {
        return switch (groupBy) {
            case MONTH -> YearMonth.parse(key).minusMonths(1).toString();
            case DAY -> LocalDate.parse(key).minusDays(1).toString();
            default -> key;
        };
    }

    private static Map<String, KpiRow> byKey(KpiReport report) {
        Map<String, KpiRow> rows = new HashMap<>();
        report.rows().forEach(row -> rows.put(Objects.requireNonNull(row.key()), row));
        return rows;
    }

    private static @Nullable BigDecimal value(KpiMetric metric, @Nullable KpiRow row) {
        return row == null ? null : metric.of(row);
    }

    private static KpiChange change(
            @Nullable String key,
            String label,
            @Nullable BigDecimal current,
            @Nullable BigDecimal lastYear,
            @Nullable BigDecimal previous) {
        return new KpiChange(
                key,
                label,
                current,
                lastYear,
                changePercent(current, lastYear),
                previous,
                changePercent(current, previous));
    }

    private static @Nullable BigDecimal changePercent(@Nullable BigDecimal now, @Nullable BigDecimal then) {
        if (then == null || then.signum() == 0) {
            return null;
        }
        return (now == null ? BigDecimal.ZERO : now)
                .subtract(then)
                .multiply(HUNDRED)
                .divide(then.abs(), 1, RoundingMode.HALF_UP);
    }

    /** The query as the user may ask it: their own figures unless they read everyone's, the days checked. */
    private KpiQuery allowed(KpiQuery query) {
        checked(query);
        SignedInUser user = CurrentUser.require();
        if (readsEveryone(user)) {
            return query;
        }
        UserId me = user.userId();
        if ((query.advisorId() != null && !query.advisorId().equals(me))
                || (query.technicianId() != null && !query.technicianId().equals(me))) {
            throw new AccessDeniedException("Only your own figures");
        }
        if (query.advisorId() != null || query.technicianId() != null) {
            return query;
        }
        return user.hasRole(Role.SERVICE_ADVISOR) ? query.forAdvisor(me) : query.forTechnician(me);
    }

    private static KpiQuery checked(KpiQuery query) {
        if (query.from().isAfter(query.to())) {
            throw new InvalidInputException("from", "reports.periodReversed");
        }
        if (query.from().plusYears(10).isBefore(query.to())) {
            throw new InvalidInputException("to", "reports.periodTooLong");
        }
        return query;
    }

    private @Nullable Scope scope(KpiQuery query) {
        SignedInUser user = CurrentUser.require();
        List<StoreId> stores = query.storeId() != null
                ? (user.canSeeStore(query.storeId()) ? List.of(query.storeId()) : List.of())
                : (user.seesAllStores() ? null : user.storeIds());
        if (stores != null && stores.isEmpty()) {
            return null;
        }
        return new Scope(
                user.organizationId().value(),
                query.from(),
                query.to(),
                stores,
                query.advisorId(),
                query.technicianId());
    }

    private static void checkKey(KpiGrouping groupBy, @Nullable String key) {
        if (key == null) {
            return;
        }
        try {
            switch (groupBy) {
                case MONTH -> YearMonth.parse(key);
                case DAY -> LocalDate.parse(key);
                case SERVICE_TYPE -> ServiceType.valueOf(key);
                case TECHNICIAN -> {
                    if (!key.isEmpty()) {
                        UUID.fromString(key);
                    }
                }
                default -> UUID.fromString(key);
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidInputException("key", "reports.badKey", key);
        }
    }

    /** The groups as shown: names of stores and people, service types in the reader's language. */
    private Map<String, String> names(KpiGrouping groupBy, Set<String> keys) {
        Map<String, String> names = new HashMap<>();
        switch (groupBy) {
            case STORE ->
                organization
                        .storesById(keys.stream()
                                .map(k -> new StoreId(UUID.fromString(k)))
                                .toList())
                        .forEach(store -> names.put(store.id().toString(), label(store)));
            case ADVISOR, TECHNICIAN -> {
                organization
                        .staff(keys.stream()
                                .filter(k -> !k.isEmpty())
                                .map(k -> new UserId(UUID.fromString(k)))
                                .toList())
                        .forEach(member -> names.put(member.id().toString(), label(member)));
                names.put("", labels.text("reports.noTechnician"));
            }
            case SERVICE_TYPE -> keys.forEach(k -> names.put(k, labels.of("workOrder.type.", k)));
            default -> {}
        }
        return names;
    }

    private static String label(StoreView store) {
        return store.name();
    }

    private static String label(StaffMember member) {
        return member.displayName();
    }

    private static KpiRow row(
            @Nullable String key,
            String label,
            @Nullable Tally received,
            @Nullable Tally delivered,
            @Nullable Tally comebacks) {
        Map<Sum, BigDecimal> sums = new EnumMap<>(Sum.class);
        if (delivered != null) {
            sums.put(Sum.CUSTOMER, delivered.customerPay());
            sums.put(Sum.WARRANTY, delivered.warrantyPay());
            sums.put(Sum.INTERNAL, delivered.internalPay());
            sums.put(Sum.GOODWILL, delivered.goodwill());
            sums.put(Sum.INSURANCE, delivered.insurancePay());
            sums.put(Sum.LABOUR, delivered.labour());
            sums.put(Sum.PARTS, delivered.parts());
            sums.put(Sum.GENUINE, delivered.genuineParts());
            sums.put(Sum.OTHER, delivered.other());
            sums.put(Sum.SOLD, delivered.soldHours());
            sums.put(Sum.CLOCKED, delivered.clockedHours());
        }
        return row(
                key,
                label,
                received == null ? 0 : received.count(),
                delivered == null ? 0 : delivered.count(),
                comebacks == null ? 0 : comebacks.count(),
                sums,
                delivered == null ? Feedback.NONE : delivered.feedback());
    }

    private KpiRow total(List<KpiRow> rows) {
        Map<Sum, BigDecimal> sums = new EnumMap<>(Sum.class);
        long received = 0, delivered = 0, comebacks = 0;
        Feedback feedback = Feedback.NONE;
        for (KpiRow row : rows) {
            feedback = feedback.plus(feedbackOf(row));
            received += row.received();
            delivered += row.delivered();
            comebacks += row.comebacks();
            sums.merge(Sum.CUSTOMER, row.customerPay(), BigDecimal::add);
            sums.merge(Sum.WARRANTY, row.warrantyPay(), BigDecimal::add);
            sums.merge(Sum.INTERNAL, row.internalPay(), BigDecimal::add);
            sums.merge(Sum.GOODWILL, row.goodwill(), BigDecimal::add);
            sums.merge(Sum.INSURANCE, row.insurancePay(), BigDecimal::add);
            sums.merge(Sum.LABOUR, row.labour(), BigDecimal::add);
            sums.merge(Sum.PARTS, row.parts(), BigDecimal::add);
            sums.merge(Sum.GENUINE, row.genuineParts(), BigDecimal::add);
            sums.merge(Sum.OTHER, row.other(), BigDecimal::add);
            sums.merge(Sum.SOLD, row.soldHours(), BigDecimal::add);
            sums.merge(Sum.CLOCKED, row.clockedHours(), BigDecimal::add);
        }
        return row(null, labels.text("reports.total"), received, delivered, comebacks, sums, feedback);
    }

    private static Feedback feedbackOf(KpiRow row) {
        return new Feedback(
                row.firstTimeFixed(),
                row.followedUp(),
                row.scored(),
                row.satisfied(),
                row.npsAnswers(),
                row.promoters(),
                row.detractors(),
                row.complaints());
    }

    private enum Sum {
        CUSTOMER,
        WARRANTY,
        INTERNAL,
        GOODWILL,
        INSURANCE,
        LABOUR,
        PARTS,
        GENUINE,
        OTHER,
        SOLD,
        CLOCKED
    }

    private static KpiRow row(
            @Nullable String key,
            String label,
            long received,
            long delivered,
            long comebacks,
            Map<Sum, BigDecimal> sums,
            Feedback feedback) {
        BigDecimal customer = sums.getOrDefault(Sum.CUSTOMER, BigDecimal.ZERO);
        BigDecimal warranty = sums.getOrDefault(Sum.WARRANTY, BigDecimal.ZERO);
        BigDecimal internal = sums.getOrDefault(Sum.INTERNAL, BigDecimal.ZERO);
        BigDecimal insurance = sums.getOrDefault(Sum.INSURANCE, BigDecimal.ZERO);
        BigDecimal output = customer.add(warranty).add(internal).add(insurance);
        BigDecimal parts = sums.getOrDefault(Sum.PARTS, BigDecimal.ZERO);
        BigDecimal genuine = sums.getOrDefault(Sum.GENUINE, BigDecimal.ZERO);
        BigDecimal sold = sums.getOrDefault(Sum.SOLD, BigDecimal.ZERO);
        BigDecimal clocked = sums.getOrDefault(Sum.CLOCKED, BigDecimal.ZERO);
        return new KpiRow(
                key,
                label,
                received,
                delivered,
                output,
                customer,
                warranty,
                internal,
                insurance,
                sums.getOrDefault(Sum.GOODWILL, BigDecimal.ZERO),
                sums.getOrDefault(Sum.LABOUR, BigDecimal.ZERO),
                parts,
                genuine,
                sums.getOrDefault(Sum.OTHER, BigDecimal.ZERO),
                delivered == 0 ? null : output.divide(BigDecimal.valueOf(delivered), 2, RoundingMode.HALF_UP),
                percent(genuine, parts),
                sold,
                clocked,
                percent(sold, clocked),
                comebacks,
                percent(BigDecimal.valueOf(comebacks), BigDecimal.valueOf(delivered)),
                feedback.firstTimeFixed(),
                percent(feedback.firstTimeFixed(), delivered),
                feedback.followedUp(),
                percent(feedback.followedUp(), delivered),
                feedback.scored(),
                feedback.satisfied(),
                percent(feedback.satisfied(), feedback.scored()),
                feedback.npsAnswers(),
                feedback.promoters(),
                feedback.detractors(),
                percent(feedback.promoters() - feedback.detractors(), feedback.npsAnswers()),
                feedback.complaints(),
                percent(feedback.complaints(), delivered));
    }

    private static @Nullable BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    private static @Nullable BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
