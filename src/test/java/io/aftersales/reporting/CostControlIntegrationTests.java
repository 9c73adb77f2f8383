package io.aftersales.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * 成本控制到人: budgets per store, cost centre and person against the goodwill and internal pay of the delivered jobs
 * (charged to their advisor) and the costs entered by hand; variance, pace and alerts; the jobs behind a cost.
 */
@IntegrationTest
class CostControlIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationManagement organization;

    @Test
    void budgetsStandAgainstTheJobsGoodwillAndTheEnteredCostsOfEachPerson() {
        Workshop shop = new Workshop(api);
        Api.User advisor = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SERVICE_ADVISOR);
        Api.User finance = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.FINANCE);
        shop.deliveredRepair(); // the admin's job: customer pay only, no cost
        String generous =
                shop.receiveBy(advisor.token(), shop.newVehicle(LocalDate.now().plusYears(2)), "REPAIR", null);
        shop.addLine(generous, "LABOR", "检查变速箱", "2", "280", "CUSTOMER");
        shop.addLine(generous, "LABOR", "免费检测", "0.3", "200", "GOODWILL");
        shop.addLine(generous, "LABOR", "洗车", "0.5", "100", "INTERNAL");
        shop.deliverLedBy(generous, shop.technician);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(Api.<Integer>read(
                                api.get(shop.admin(), "/api/v1/reports/kpis?groupBy=ADVISOR"), "$.total.delivered"))
                        .isEqualTo(2));
        MvcTestResult kpis = api.get(shop.admin(), "/api/v1/reports/kpis?groupBy=ADVISOR");
        Map<String, Object> ofAdvisor = only(kpis, "$.rows[?(@.key == '" + advisor.id() + "')]");
        BigDecimal goodwill = number(ofAdvisor, "goodwill");
        BigDecimal internal = number(ofAdvisor, "internalPay");
        assertThat(goodwill).isPositive();
        assertThat(internal).isPositive();
        assertThat(number(Api.read(kpis, "$.total"), "goodwill")).isEqualByComparingTo(goodwill);

        String month = YearMonth.now(zone(shop)).toString();
        String today = LocalDate.now(zone(shop)).toString();
        assertThat(api.put(shop.admin(), "/api/v1/reports/budgets", """
                {"month":"%s","storeId":"%s","budgets":[
                  {"centre":"GOODWILL","amount":1000},
                  {"personId":"%s","centre":"GOODWILL","amount":10},
                  {"personId":"%s","centre":"INTERNAL_REPAIR","amount":1000},
                  {"personId":"%s","centre":"OVERTIME","amount":500}]}
                """.formatted(
                                month, shop.tenant.storeId(), advisor.id(), advisor.id(), shop.technician.id())))
                .hasStatusOk();
        MvcTestResult overtime = api.post(finance.token(), "/api/v1/reports/costs", """
                {"storeId":"%s","personId":"%s","centre":"OVERTIME","day":"%s","amount":200,"note":"周六加班 4 小时"}
                """.formatted(
                        shop.tenant.storeId(), shop.technician.id(), today));
        assertThat(overtime).hasStatus(201);
        assertThat(Api.<String>read(overtime, "$.personName")).isNotBlank();
        assertThat(api.post(shop.admin(), "/api/v1/reports/costs", """
                {"storeId":"%s","centre":"CONSUMABLES","day":"%s","amount":80.5,"note":"清洗剂两箱"}
                """.formatted(shop.tenant.storeId(), today)))
                .hasStatus(201);

        MvcTestResult sheet = api.get(shop.admin(), "/api/v1/reports/variance?month={m}", month);
        assertThat(sheet).hasStatusOk();
        int daysGone = Api.read(sheet, "$.daysGone");
        int days = Api.read(sheet, "$.daysInMonth");
        assertThat(daysGone).isEqualTo(LocalDate.now(zone(shop)).getDayOfMonth());

        // The advisor's goodwill is the goodwill of the jobs they took in: over their budget of 10.
        Map<String, Object> advisorGoodwill = line(sheet, advisor.id().toString(), "GOODWILL");
        assertThat(number(advisorGoodwill, "actual")).isEqualByComparingTo(goodwill);
        assertThat(number(advisorGoodwill, "variance")).isEqualByComparingTo(BigDecimal.TEN.subtract(goodwill));
        assertThat(advisorGoodwill).containsEntry("status", "OVER");
        assertThat(number(line(sheet, advisor.id().toString(), "INTERNAL_REPAIR"), "actual"))
                .isEqualByComparingTo(internal);
        // The store's goodwill line holds everyone's, set against the pace of the month gone by.
        Map<String, Object> storeGoodwill = line(sheet, null, "GOODWILL");
        BigDecimal pace = new BigDecimal("1000")
                .multiply(BigDecimal.valueOf(daysGone))
                .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
        assertThat(number(storeGoodwill, "actual")).isEqualByComparingTo(goodwill);
        assertThat(number(storeGoodwill, "pace")).isEqualByComparingTo(pace);
        assertThat(storeGoodwill).containsEntry("status", goodwill.compareTo(pace) > 0 ? "AHEAD" : "WITHIN");
        assertThat(number(storeGoodwill, "forecast"))
                .isEqualByComparingTo(goodwill.multiply(BigDecimal.valueOf(days))
                        .divide(BigDecimal.valueOf(daysGone), 2, RoundingMode.HALF_UP));
        // Entered costs: the technician's overtime on their line and the store's; consumables on the store's only.
        assertThat(number(line(sheet, shop.technician.id().toString(), "OVERTIME"), "actual"))
                .isEqualByComparingTo("200");
        Map<String, Object> storeOvertime = line(sheet, null, "OVERTIME");
        assertThat(number(storeOvertime, "actual")).isEqualByComparingTo("200");
        assertThat(storeOvertime).containsEntry("status", "UNBUDGETED").containsEntry("budget", null);
        assertThat(number(line(sheet, null, "CONSUMABLES"), "actual")).isEqualByComparingTo("80.5");
        List<String> statuses = Api.read(sheet, "$.lines[*].status");
        assertThat(Api.<Integer>read(sheet, "$.alerts"))
                .isEqualTo((int) statuses.stream()
                        .filter(s -> s.equals("OVER") || s.equals("AHEAD"))
                        .count())
                .isPositive();

        // The alerts on the morning sheet and on the manager's home page.
        MvcTestResult morning = api.get(shop.admin(), "/api/v1/reports/morning?storeId={s}", shop.tenant.storeId());
        assertThat(Api.<List<String>>read(morning, "$.costAlerts[?(@.status == 'OVER')].centre"))
                .containsExactly("GOODWILL");
        assertThat(mvc.get()
                        .uri("/")
                        .with(user(api.signedIn(shop.tenant.adminUsername())))
                        .exchange())
                .bodyText()
                .contains("本月需关注的成本")
                .contains("/reports/costs?storeId=" + shop.tenant.storeId());

        // The drill-down lists exactly the job with goodwill; nothing of the admin's.
        MvcTestResult jobs = api.get(
                shop.admin(),
                "/api/v1/reports/variance/work-orders?month={m}&centre=GOODWILL&personId={p}",
                month,
                advisor.id());
        assertThat(Api.<List<String>>read(jobs, "$.items[*].id")).containsExactly(generous);
        assertThat(number(Api.read(jobs, "$.items[0]"), "amount")).isEqualByComparingTo(goodwill);
        assertThat(Api.<List<?>>read(
                        api.get(
                                shop.admin(),
                                "/api/v1/reports/variance/work-orders?centre=GOODWILL&personId={p}",
                                shop.tenant.adminId()),
                        "$.items"))
                .isEmpty();

        // A correction is an entry of the opposite amount; both stay in the list.
        assertThat(api.post(shop.admin(), "/api/v1/reports/costs", """
                {"storeId":"%s","personId":"%s","centre":"OVERTIME","day":"%s","amount":-200,"note":"更正：加班已调休"}
                """.formatted(
                                shop.tenant.storeId(), shop.technician.id(), today)))
                .hasStatus(201);
        MvcTestResult corrected = api.get(shop.admin(), "/api/v1/reports/variance?month={m}", month);
        Map<String, Object> technicianOvertime =
                line(corrected, shop.technician.id().toString(), "OVERTIME");
        assertThat(number(technicianOvertime, "actual")).isEqualByComparingTo("0");
        assertThat(technicianOvertime).containsEntry("status", "WITHIN");
        assertThat(Api.<Integer>read(api.get(shop.admin(), "/api/v1/reports/costs?month={m}", month), "$.total"))
                .isEqualTo(3);

        // Each sees their own: the advisor their lines only; nobody else's jobs; only managers and finance write.
        assertThat(Api.<List<String>>read(
                        api.get(advisor.token(), "/api/v1/reports/variance?storeId={s}", shop.tenant.storeId()),
                        "$.lines[*].personId"))
                .isNotEmpty()
                .allMatch(advisor.id().toString()::equals);
        assertThat(api.get(
                        shop.technician.token(),
                        "/api/v1/reports/variance/work-orders?storeId={s}&centre=GOODWILL&personId={p}",
                        shop.tenant.storeId(),
                        advisor.id()))
                .hasStatus(403);
        assertThat(Api.<Integer>read(
                        api.get(shop.technician.token(), "/api/v1/reports/costs?storeId={s}", shop.tenant.storeId()),
                        "$.total"))
                .isEqualTo(2);
        assertThat(api.post(advisor.token(), "/api/v1/reports/costs", """
                {"storeId":"%s","centre":"CONSUMABLES","day":"%s","amount":1,"note":"x"}
                """.formatted(shop.tenant.storeId(), today)))
                .hasStatus(403);
        assertThat(api.put(finance.token(), "/api/v1/reports/budgets", """
                {"month":"%s","storeId":"%s","budgets":[{"centre":"GOODWILL","amount":1}]}
                """.formatted(month, shop.tenant.storeId())))
                .hasStatus(403);
        Workshop other = new Workshop(api);
        assertThat(api.get(other.admin(), "/api/v1/reports/variance?storeId={s}", shop.tenant.storeId()))
                .hasStatus(404);
    }

    @Test
    void badCostsAndBudgetsAreRefusedAndChangeNothing() {
        Workshop shop = new Workshop(api);
        Workshop other = new Workshop(api);
        String store = shop.tenant.storeId().toString();
        String today = LocalDate.now(zone(shop)).toString();
        String tomorrow = LocalDate.now(zone(shop)).plusDays(1).toString();

        assertField(
                cost(shop, "\"centre\":\"GOODWILL\",\"day\":\"" + today + "\",\"amount\":5,\"note\":\"x\""), "centre");
        assertField(
                cost(shop, "\"centre\":\"OVERTIME\",\"day\":\"" + today + "\",\"amount\":0,\"note\":\"x\""), "amount");
        assertField(
                cost(shop, "\"centre\":\"OVERTIME\",\"day\":\"" + tomorrow + "\",\"amount\":5,\"note\":\"x\""), "day");
        assertField(
                cost(shop, "\"centre\":\"OVERTIME\",\"day\":\"" + today + "\",\"amount\":5,\"note\":\" \""), "note");
        assertField(
                cost(shop, "\"centre\":\"OVERTIME\",\"day\":\"" + today + "\",\"amount\":1.005,\"note\":\"x\""),
                "amount");
        assertField(
                cost(
                        shop,
                        "\"personId\":\"" + other.technician.id() + "\",\"centre\":\"OVERTIME\",\"day\":\"" + today
                                + "\",\"amount\":5,\"note\":\"x\""),
                "personId");
        assertThat(cost(shop, "\"centre\":\"PARTY\",\"day\":\"" + today + "\",\"amount\":5,\"note\":\"x\""))
                .hasStatus(400);
        assertThat(api.post(shop.admin(), "/api/v1/reports/costs", """
                {"storeId":"%s","centre":"OVERTIME","day":"%s","amount":5,"note":"x"}
                """.formatted(other.tenant.storeId(), today)))
                .hasStatus(404);

        String month = YearMonth.now(zone(shop)).toString();
        assertThat(api.put(shop.admin(), "/api/v1/reports/budgets", """
                {"month":"%s","storeId":"%s","budgets":[{"centre":"GOODWILL","amount":-1}]}
                """.formatted(month, store)))
                .hasStatus(400);
        MvcTestResult stranger =
                api.put(shop.admin(), "/api/v1/reports/budgets", """
                {"month":"%s","storeId":"%s","budgets":[{"centre":"GOODWILL","amount":5},
                  {"personId":"%s","centre":"GOODWILL","amount":5}]}
                """.formatted(month, store, other.technician.id()));
        assertThat(stranger).hasStatus(400);
        assertThat(Api.<String>read(stranger, "$.errors[0].field")).isEqualTo("budgets[1].personId");
        assertThat(api.get(shop.admin(), "/api/v1/reports/variance/work-orders?centre=OVERTIME"))
                .hasStatus(400);

        assertThat(Api.<List<?>>read(api.get(shop.admin(), "/api/v1/reports/variance?month={m}", month), "$.lines"))
                .isEmpty();
        assertThat(Api.<Integer>read(api.get(shop.admin(), "/api/v1/reports/costs?month={m}", month), "$.total"))
                .isZero();
    }

    @Test
    void thePageTakesBudgetsAndCostsAndSaysWhatIsWrong() {
        Workshop shop = new Workshop(api);
        var admin = api.signedIn(shop.tenant.adminUsername());
        String month = YearMonth.now(zone(shop)).toString();
        String store = shop.tenant.storeId().toString();

        assertThat(mvc.get().uri("/reports/costs").with(user(admin)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("成本控制到人")
                .contains("本月尚无预算")
                .contains("cells[0].amount");
        assertThat(mvc.post()
                        .uri("/reports/costs/entries?month={m}&storeId={s}", month, store)
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("centre", "CONSUMABLES")
                        .param("day", LocalDate.now(zone(shop)).toString())
                        .param("amount", "十万")
                        .param("note", "机油")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("is-invalid")
                .contains("value=\"十万\"");
        assertThat(mvc.post()
                        .uri("/reports/costs/budgets")
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("month", month)
                        .param("storeId", store)
                        .param("cells[0].centre", "GOODWILL")
                        .param("cells[0].amount", "五千")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("预算须为不小于 0 的金额")
                .contains("value=\"五千\"");
        assertThat(Api.<List<?>>read(api.get(shop.admin(), "/api/v1/reports/variance?month={m}", month), "$.lines"))
                .isEmpty();

        assertThat(mvc.post()
                        .uri("/reports/costs/budgets")
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("month", month)
                        .param("storeId", store)
                        .param("cells[0].centre", "CONSUMABLES")
                        .param("cells[0].amount", "3000")
                        .param("cells[1].centre", "OVERTIME")
                        .param("cells[1].amount", "")
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri("/reports/costs/entries?month={m}&storeId={s}", month, store)
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("centre", "CONSUMABLES")
                        .param("day", LocalDate.now(zone(shop)).toString())
                        .param("amount", "120")
                        .param("note", "机油")
                        .exchange())
                .hasStatus3xxRedirection();
        MvcTestResult sheet = api.get(shop.admin(), "/api/v1/reports/variance?month={m}", month);
        Map<String, Object> consumables = line(sheet, null, "CONSUMABLES");
        assertThat(number(consumables, "budget")).isEqualByComparingTo("3000");
        assertThat(number(consumables, "actual")).isEqualByComparingTo("120");
        assertThat(mvc.get().uri("/reports/costs?lang=en").with(user(admin)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("Consumables")
                .contains("机油");
        assertThat(mvc.get()
                        .uri("/reports/costs/export?month={m}", month)
                        .with(user(admin))
                        .exchange())
                .hasStatusOk();
    }

    private MvcTestResult cost(Workshop shop, String fields) {
        return api.post(
                shop.admin(),
                "/api/v1/reports/costs",
                "{\"storeId\":\"" + shop.tenant.storeId() + "\"," + fields + "}");
    }

    private static void assertField(MvcTestResult result, String field) {
        assertThat(result).hasStatus(400);
        assertThat(Api.<List<String>>read(result, "$.errors[*].field")).contains(field);
    }

    private ZoneId zone(Workshop shop) {
        return shop.asSystem(() -> organization.zoneOf(shop.tenant.storeId()));
    }

    private static Map<String, Object> line(MvcTestResult sheet, String personId, String centre) {
        String person = personId == null ? "@.personId == null" : "@.personId == '" + personId + "'";
        return only(sheet, "$.lines[?(" + person + " && @.centre == '" + centre + "')]");
    }

    private static Map<String, Object> only(MvcTestResult result, String path) {
        List<Map<String, Object>> rows = Api.read(result, path);
        assertThat(rows).as(path).hasSize(1);
        return rows.get(0);
    }

    private static BigDecimal number(Map<String, Object> row, String field) {
        return new BigDecimal(String.valueOf(row.get(field)));
    }
}
