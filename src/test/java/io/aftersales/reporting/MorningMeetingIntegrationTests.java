package io.aftersales.reporting;

import static io.aftersales.feedback.FeedbackApiIntegrationTests.followUpOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import io.aftersales.workorder.WorkOrderHistory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** 晨会: yesterday against the target, today's promised jobs, due follow-ups and open complaints, on one sheet. */
@IntegrationTest
class MorningMeetingIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    WorkOrderHistory history;

    @Autowired
    OrganizationManagement organization;

    @Test
    void theSheetShowsYesterdayAgainstTheTargetAndWhatIsDueToday() throws Exception {
        Workshop shop = new Workshop(api);
        ZoneId zone = shop.asSystem(() -> organization.zoneOf(shop.tenant.storeId()));
        LocalDate yesterday = LocalDate.now(zone).minusDays(1);
        Instant morning = yesterday.atTime(9, 0).atZone(zone).toInstant();
        // Delivered yesterday: one labour hour at 300.
        shop.pastRepair(history, shop.newVehicle(yesterday.plusYears(2)), morning, morning.plusSeconds(20_000));
        YearMonth month = YearMonth.from(yesterday);
        assertThat(api.put(shop.admin(), "/api/v1/reports/targets", """
                        {"month":"%s","storeId":"%s","targets":[{"metric":"OUTPUT_VALUE","value":%d}]}
                        """.formatted(
                                month, shop.tenant.storeId(), 600 * month.lengthOfMonth())))
                .hasStatusOk();
        // An open job promised for an hour ago, delivered today (a follow-up due today), and a complaint.
        MvcTestResult promised = api.post(shop.admin(), "/api/v1/work-orders", """
                {"storeId":"%s","customerId":"%s","assetId":"%s","serviceType":"REPAIR","complaint":"异响",
                 "mileage":42000,"promisedAt":"%s"}
                """.formatted(
                        shop.tenant.storeId(),
                        shop.customerId,
                        shop.assetId,
                        Instant.now().minusSeconds(3600)));
        assertThat(promised).hasStatus(201);
        String delivered = shop.deliveredRepair();
        followUpOf(shop, delivered);
        assertThat(api.post(shop.admin(), "/api/v1/complaints", """
                        {"workOrderId":"%s","source":"PHONE","severity":"HIGH","description":"交车时车内有油污"}
                        """.formatted(delivered)))
                .hasStatus(201);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(Api.<Object>read(sheet(shop.admin()), "$.figures[2].yesterday")
                                .toString())
                        .isIn("300", "300.0", "300.00"));
        MvcTestResult sheet = sheet(shop.admin());
        Map<String, Object> output = Api.<List<Map<String, Object>>>read(
                        sheet, "$.figures[?(@.metric == 'OUTPUT_VALUE')]")
                .get(0);
        assertThat(output.get("dayTarget").toString()).isIn("600", "600.0", "600.00");
        assertThat(output.get("monthTarget").toString())
                .isIn(
                        String.valueOf(600 * month.lengthOfMonth()),
                        600 * month.lengthOfMonth() + ".0",
                        600 * month.lengthOfMonth() + ".00");
        assertThat(Api.<String>read(sheet, "$.yesterday")).isEqualTo(yesterday.toString());
        assertThat(Api.<List<String>>read(sheet, "$.promised[*].id"))
                .containsExactly(Api.<String>read(promised, "$.id"));
        assertThat(Api.<List<Boolean>>read(sheet, "$.promised[*].late")).containsExactly(true);
        assertThat(Api.<Integer>read(sheet, "$.followUpsDueToday")).isPositive();
        assertThat(Api.<List<String>>read(sheet, "$.followUps[*].workOrderId")).contains(delivered);
        assertThat(Api.<List<String>>read(sheet, "$.complaints[*].workOrderId")).containsExactly(delivered);

        var admin = api.signedIn(shop.tenant.adminUsername());
        assertThat(mvc.get().uri("/reports/morning").with(user(admin)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("晨会")
                .contains("今日承诺交车及已超时（1）")
                .contains("未结案投诉（1）");
        MvcTestResult pdf =
                mvc.get().uri("/reports/morning.pdf").with(user(admin)).exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");

        Api.User advisor = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SERVICE_ADVISOR);
        assertThat(sheet(advisor.token())).hasStatus(403);
        Workshop other = new Workshop(api);
        assertThat(api.get(other.admin(), "/api/v1/reports/morning?storeId={s}", shop.tenant.storeId()))
                .hasStatus(404);
    }

    private MvcTestResult sheet(String token) {
        return api.get(token, "/api/v1/reports/morning");
    }
}
