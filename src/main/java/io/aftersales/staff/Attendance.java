package io.aftersales.staff;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.reporting.KpiGrouping;
import io.aftersales.reporting.KpiQuery;
import io.aftersales.reporting.Reports;
import io.aftersales.shared.Labels;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.staff.domain.ExpenseStore;
import io.aftersales.workorder.ClockIn;
import io.aftersales.workorder.WorkOrderManagement;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance and trip days (考勤 / 出差天数) per person and month: the days a technician clocked on a job of the
 * store (in the store's calendar), the hours clocked (a clock-in left open counts to the end of its day at most), the
 * jobs led to delivery, and the trip days of approved expense claims, counted within the month. Managers and finance see the store's people, anyone else their own row.
 */
@Service
public class Attendance {

    private final WorkOrderManagement workOrders;
    private final ExpenseStore expenses;
    private final Reports reports;
    private final OrganizationManagement organization;
    private final Labels labels;
    private final Clock clock;

    Attendance(
            WorkOrderManagement workOrders,
            ExpenseStore expenses,
            Reports reports,
            OrganizationManagement organization,
            Labels labels,
            Clock clock) {
        this.workOrders = workOrders;
        this.expenses = expenses;
        this.reports = reports;
        this.organization = organization;
        this.labels = labels;
        this.clock = clock;
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<AttendanceRow> month(StoreId storeId, YearMonth month) {
        organization.visibleStore(storeId);
        SignedInUser me = CurrentUser.require();
        boolean everyone = Reports.readsEveryone(me);
        ZoneId zone = organization.zoneOf(storeId);
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();

        Map<UUID, Set<LocalDate>> days = new HashMap<>();
        Map<UUID, Duration> clocked = new HashMap<>();
        for (ClockIn clockIn : workOrders.clockIns(storeId, from, to)) {
            UUID person = clockIn.technicianId().value();
            days.computeIfAbsent(person, k -> new HashSet<>())
                    .add(clockIn.startedAt().atZone(zone).toLocalDate());
            // A clock-in still open counts until now, at most to the end of its day (a forgotten clock-off).
            Instant endOfDay = clockIn.startedAt()
                    .atZone(zone)
                    .toLocalDate()
                    .plusDays(1)
                    .atStartOfDay(zone)
                    .toInstant();
            Instant end = clockIn.endedAt() != null ? clockIn.endedAt() : (now.isBefore(endOfDay) ? now : endOfDay);
            if (end.isAfter(clockIn.startedAt())) {
                clocked.merge(person, Duration.between(clockIn.startedAt(), end), Duration::plus);
            }
        }
        Map<UUID, Set<LocalDate>> trips = new HashMap<>();
        for (ExpenseStore.Trip trip :
                expenses.trips(me.organizationId().value(), storeId.value(), month.atDay(1), month.atEndOfMonth())) {
            for (LocalDate day = max(trip.from(), month.atDay(1));
                    !day.isAfter(min(trip.to(), month.atEndOfMonth()));
                    day = day.plusDays(1)) {
                trips.computeIfAbsent(trip.claimant(), k -> new HashSet<>()).add(day);
            }
        }
        Map<String, Long> led = new HashMap<>();
        if (everyone || me.hasRole(Role.TECHNICIAN)) {
            reports
                    .kpis(new KpiQuery(
                            month.atDay(1),
                            month.atEndOfMonth(),
                            storeId,
                            KpiGrouping.TECHNICIAN,
                            null,
                            everyone ? null : me.userId()))
                    .rows()
                    .stream()
                    .filter(row -> row.key() != null && !row.key().isEmpty())
                    .forEach(row -> led.put(row.key(), (long) row.delivered()));
        }

        Map<UUID, String> people = new LinkedHashMap<>();
        for (StaffMember member : organization.staffOf(storeId)) {
            if (everyone || member.id().equals(me.userId())) {
                people.put(member.id().value(), member.displayName());
            }
        }
        if (!everyone) {
            people.putIfAbsent(me.userId().value(), me.displayName());
        }
        List<AttendanceRow> rows = new ArrayList<>();
        people.forEach((person, name) -> {
            int workDays = days.getOrDefault(person, Set.of()).size();
            int tripDays = trips.getOrDefault(person, Set.of()).size();
            long jobs = led.getOrDefault(person.toString(), 0L);
            if (everyone && workDays == 0 && tripDays == 0 && jobs == 0) {
                return;
            }
            rows.add(new AttendanceRow(
                    new UserId(person),
                    name,
                    workDays,
                    BigDecimal.valueOf(
                                    clocked.getOrDefault(person, Duration.ZERO).toMinutes())
                            .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP),
                    jobs,
                    tripDays));
        });
        rows.sort(Comparator.comparing(AttendanceRow::workDays).reversed().thenComparing(AttendanceRow::personName));
        return rows;
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public void export(StoreId storeId, YearMonth month, OutputStream out) {
        List<List<?>> rows = new ArrayList<>();
        for (AttendanceRow row : month(storeId, month)) {
            rows.add(List.of(
                    month.toString(),
                    row.personName(),
                    row.workDays(),
                    row.clockedHours(),
                    row.jobsLed(),
                    row.tripDays()));
        }
        Spreadsheets.writeXlsx(
                out,
                labels.text("attendance.title"),
                labels.texts(
                        "commission.month",
                        "commission.person",
                        "attendance.workDays",
                        "attendance.clockedHours",
                        "attendance.jobsLed",
                        "attendance.tripDays"),
                rows);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
