package io.aftersales.reporting;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.organization.StoreView;
import io.aftersales.reporting.domain.TargetStore;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets per store, person and month (指标细分化) and how far each has got: set by the store's managers, read by
 * them and by the figure readers; an advisor or technician reads their own. A person's figures are those of the
 * jobs they took in as advisor, or for a technician, led.
 */
@Service
public class KpiTargets {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TargetStore store;
    private final Reports reports;
    private final OrganizationManagement organization;
    private final AuditTrail audit;
    private final Clock clock;

    KpiTargets(TargetStore store, Reports reports, OrganizationManagement organization, AuditTrail audit, Clock clock) {
        this.store = store;
        this.reports = reports;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Reports.READERS)
    @Transactional(readOnly = true)
    public TargetSheet sheet(YearMonth month, StoreId storeId) {
        StoreView shop = organization.visibleStore(storeId);
        SignedInUser user = CurrentUser.require();
        boolean everyone = Reports.readsEveryone(user);
        List<TargetStore.Stored> targets =
                store.of(user.organizationId().value(), month.atDay(1), storeId.value()).stream()
                        .filter(t ->
                                everyone || t.personId().equals(user.userId().value()))
                        .toList();
        int daysGone = daysGone(month, reports.today());
        Map<UUID, StaffMember> people = new HashMap<>();
        organization
                .staff(targets.stream()
                        .map(TargetStore.Stored::personId)
                        .filter(id -> !id.equals(TargetStore.STORE))
                        .distinct()
                        .map(UserId::new)
                        .toList())
                .forEach(member -> people.put(member.id().value(), member));
        Figures figures = targets.isEmpty() || daysGone == 0
                ? Figures.NONE
                : figures(storeId, month.atDay(1), month.atDay(daysGone), everyone);
        List<TargetProgress> rows = new ArrayList<>();
        for (TargetStore.Stored target : targets) {
            boolean ofStore = target.personId().equals(TargetStore.STORE);
            StaffMember person = people.get(target.personId());
            KpiRow row = ofStore
                    ? figures.store()
                    : person != null && person.has(Role.SERVICE_ADVISOR)
                            ? figures.advisors().get(target.personId().toString())
                            : figures.technicians().get(target.personId().toString());
            BigDecimal actual = row == null
                    ? BigDecimal.ZERO
                    : Objects.requireNonNullElse(target.metric().of(row), BigDecimal.ZERO);
            rows.add(progress(
                    ofStore ? null : new UserId(target.personId()),
                    ofStore
                            ? shop.name()
                            : person != null
                                    ? person.displayName()
                                    : target.personId().toString(),
                    target.metric(),
                    target.value(),
                    actual,
                    daysGone,
                    month.lengthOfMonth()));
        }
        rows.sort(Comparator.comparing((TargetProgress p) -> p.personId() != null)
                .thenComparing(TargetProgress::name)
                .thenComparing(TargetProgress::metric));
        return new TargetSheet(month, storeId, daysGone, month.lengthOfMonth(), rows);
    }

    /** Sets the given targets of a store's month (a null value removes one); the others stay as they are. */
    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public TargetSheet set(YearMonth month, StoreId storeId, List<KpiTarget> targets) {
        organization.visibleStore(storeId);
        List<UserId> personIds = targets.stream()
                .map(KpiTarget::personId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<UserId, StaffMember> people = new HashMap<>();
        organization.staff(personIds).forEach(member -> people.put(member.id(), member));
        for (int i = 0; i < targets.size(); i++) {
            KpiTarget target = targets.get(i);
            if (!target.metric().adds()) {
                throw new InvalidInputException("targets[" + i + "].metric", "reports.targetNotAdditive");
            }
            StaffMember person = target.personId() == null ? null : people.get(target.personId());
            if (target.personId() != null && (person == null || !person.worksAt(storeId))) {
                throw new InvalidInputException("targets[" + i + "].personId", "reports.targetUnknownPerson");
            }
        }
        SignedInUser user = CurrentUser.require();
        for (KpiTarget target : targets) {
            store.set(
                    user.organizationId().value(),
                    month.atDay(1),
                    storeId.value(),
                    target.personId() == null ? TargetStore.STORE : Identifier.valueOf(target.personId()),
                    target.metric(),
                    target.value() == null ? null : target.value().setScale(2, RoundingMode.HALF_UP),
                    user.userId().value(),
                    clock.instant());
        }
        audit.record("SET_TARGETS", "KpiTarget", storeId + "/" + month, targets.size() + "");
        return sheet(month, storeId);
    }

    /** The month's figures so far of the store and of each of its advisors and lead technicians. */
    private record Figures(@Nullable KpiRow store, Map<String, KpiRow> advisors, Map<String, KpiRow> technicians) {

        static final Figures NONE = new Figures(null, Map.of(), Map.of());
    }

    private Figures figures(StoreId storeId, LocalDate from, LocalDate to, boolean everyone) {
        KpiRow storeRow = everyone
                ? reports.kpis(new KpiQuery(from, to, storeId, KpiGrouping.STORE, null, null))
                        .total()
                : null;
        return new Figures(
                storeRow,
                byKey(storeId, from, to, KpiGrouping.ADVISOR),
                byKey(storeId, from, to, KpiGrouping.TECHNICIAN));
    }

    /** The figures per advisor or lead technician (for an advisor or technician, their own only: see Reports). */
    private Map<String, KpiRow> byKey(StoreId storeId, LocalDate from, LocalDate to, KpiGrouping groupBy) {
        Map<String, KpiRow> rows = new HashMap<>();
        reports.kpis(new KpiQuery(from, to, storeId, groupBy, null, null))
                .rows()
                .forEach(row -> rows.put(Objects.requireNonNull(row.key()), row));
        return rows;
    }

    private static TargetProgress progress(
            @Nullable UserId personId,
            String name,
            KpiMetric metric,
            BigDecimal target,
            BigDecimal actual,
            int daysGone,
            int daysInMonth) {
        BigDecimal pace = pace(target, daysGone, daysInMonth);
        BigDecimal forecast = monthEnd(actual, daysGone, daysInMonth);
        return new TargetProgress(
                personId,
                name,
                metric,
                target,
                actual,
                target.signum() == 0 ? null : actual.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP),
                pace,
                actual.compareTo(pace) >= 0,
                forecast);
    }

    /** The days of {@code month} gone by on {@code today}, today included: all of a past month, none of a future one. */
    static int daysGone(YearMonth month, LocalDate today) {
        return month.isBefore(YearMonth.from(today))
                ? month.lengthOfMonth()
                : month.equals(YearMonth.from(today)) ? today.getDayOfMonth() : 0;
    }

    /** Where a month's {@code amount} should be after {@code daysGone} days if the month went evenly. */
    static BigDecimal pace(BigDecimal amount, int daysGone, int daysInMonth) {
        return amount.multiply(BigDecimal.valueOf(daysGone))
                .divide(BigDecimal.valueOf(daysInMonth), 2, RoundingMode.HALF_UP);
    }

    /** The figure so far carried to the month's end at the same daily rate (zero before the month begins). */
    static BigDecimal monthEnd(BigDecimal actual, int daysGone, int daysInMonth) {
        return daysGone == 0
                ? BigDecimal.ZERO
                : actual.multiply(BigDecimal.valueOf(daysInMonth))
                        .divide(BigDecimal.valueOf(daysGone), 2, RoundingMode.HALF_UP);
    }
}
