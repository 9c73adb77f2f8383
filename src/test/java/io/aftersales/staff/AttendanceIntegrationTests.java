package io.aftersales.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Attendance counts the days a technician clocked on the store's jobs, the jobs they led to delivery and the days of
 * their approved trips within the month; a technician sees their own row only.
 */
@IntegrationTest
class AttendanceIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationManagement organization;

    @Test
    void daysClockedJobsLedAndApprovedTripDaysPerPerson() {
        Workshop shop = new Workshop(api);
        Api.User manager = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.STORE_MANAGER);
        ZoneId zone = shop.asSystem(() -> organization.zoneOf(shop.tenant.storeId()));
        YearMonth month = YearMonth.now(zone);

        // The technician clocks on and off a job and delivers it; the inspector clocks on nothing.
        String job = shop.receivedWithLines();
        shop.approveDispatchAndStart(job);
        assertThat(shop.act(shop.technician.token(), job, "clock-on", "")).hasStatusOk();
        assertThat(shop.act(shop.technician.token(), job, "clock-off", "")).hasStatusOk();
        shop.finishAndDeliver(job);

        // A trip of the technician's: one claim approved by the manager, one still waiting (not counted).
        LocalDate today = LocalDate.now(zone);
        LocalDate start = today.getDayOfMonth() >= 2 ? today.minusDays(1) : today;
        String trip = Api.read(claim(shop.technician, start, today), "$.id");
        assertThat(api.post(manager.token(), "/api/v1/expense-claims/{id}/approve", "{\"version\":0}", trip))
                .hasStatusOk();
        claim(shop.technician, start, today);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(Api.<List<Integer>>read(
                                attendance(manager, month),
                                "$[?(@.personId == '" + shop.technician.id() + "')].jobsLed"))
                        .containsExactly(1));
        MvcTestResult all = attendance(manager, month);
        String row = "$[?(@.personId == '" + shop.technician.id() + "')]";
        assertThat(Api.<List<Integer>>read(all, row + ".workDays")).containsExactly(1);
        assertThat(Api.<List<Integer>>read(all, row + ".tripDays"))
                .containsExactly((int) (today.toEpochDay() - start.toEpochDay() + 1));
        assertThat(Api.<List<String>>read(all, "$[*].personId"))
                .doesNotContain(shop.inspector.id().toString());

        // The technician sees their own row; the inspector theirs, empty; last month is empty.
        assertThat(Api.<List<String>>read(attendance(shop.technician, month), "$[*].personId"))
                .containsExactly(shop.technician.id().toString());
        MvcTestResult own = attendance(shop.inspector, month);
        assertThat(Api.<List<String>>read(own, "$[*].personId"))
                .containsExactly(shop.inspector.id().toString());
        assertThat(Api.<List<Integer>>read(own, "$[*].workDays")).containsExactly(0);
        assertThat(Api.<List<?>>read(attendance(manager, month.minusMonths(1)), "$"))
                .isEmpty();
        assertThat(api.get(manager.token(), "/api/v1/attendance")).hasStatus(400);
        assertThat(api.get(
                        new Workshop(api).admin(),
                        "/api/v1/attendance?month={m}&storeId={s}",
                        month,
                        shop.tenant.storeId()))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/staff/attendance")
                        .with(user(api.signedIn(manager.username())))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("出勤天数");
    }

    private MvcTestResult claim(Api.User who, LocalDate from, LocalDate to) {
        MvcTestResult filed = api.post(who.token(), "/api/v1/expense-claims", """
                {"purpose":"现场服务","tripFrom":"%s","tripTo":"%s",
                 "items":[{"category":"TRANSPORT","spentOn":"%s","amount":50}]}""".formatted(from, to, from));
        assertThat(filed).hasStatus(201);
        return filed;
    }

    private MvcTestResult attendance(Api.User who, YearMonth month) {
        MvcTestResult found = api.get(who.token(), "/api/v1/attendance?month={m}", month);
        assertThat(found).hasStatusOk();
        return found;
    }
}
