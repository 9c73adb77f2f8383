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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Targets per store, person and month: progress from the same figures as the KPIs, set by managers only. */
@IntegrationTest
class TargetIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationManagement organization;

    @Test
    void aTargetShowsHowFarItGotItsPaceAndTheMonthEndAtTheSameRate() {
        Workshop shop = new Workshop(api);
        Api.User advisor = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SERVICE_ADVISOR);
        shop.deliveredRepair();
        String month = thisMonth(shop).toString();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(Api.<Integer>read(
                                api.get(shop.admin(), "/api/v1/reports/kpis?groupBy=STORE"), "$.total.delivered"))
                        .isEqualTo(1));
        Map<String, Object> kpis = Api.read(api.get(shop.admin(), "/api/v1/reports/kpis?groupBy=STORE"), "$.total");

        MvcTestResult set = api.put(shop.admin(), "/api/v1/reports/targets", """
                {"month":"%s","storeId":"%s","targets":[
                  {"metric":"OUTPUT_VALUE","value":10000},
                  {"personId":"%s","metric":"SOLD_HOURS","value":30},
                  {"personId":"%s","metric":"DELIVERED","value":12}]}
                """.formatted(
                        month, shop.tenant.storeId(), shop.technician.id(), advisor.id()));

        assertThat(set).hasStatusOk();
        int daysGone = Api.read(set, "$.daysGone");
        int days = Api.read(set, "$.daysInMonth");
        assertThat(daysGone).isEqualTo(LocalDate.now(zone(shop)).getDayOfMonth());
        Map<String, Object> store = only(set, "$.rows[?(@.personId == null && @.metric == 'OUTPUT_VALUE')]");
        BigDecimal output = number(kpis, "outputValue");
        assertThat(number(store, "actual")).isEqualByComparingTo(output).isPositive();
        assertThat(number(store, "percent"))
                .isEqualByComparingTo(output.multiply(BigDecimal.valueOf(100))
                        .divide(new BigDecimal("10000"), 1, RoundingMode.HALF_UP));
        assertThat(number(store, "pace"))
                .isEqualByComparingTo(new BigDecimal("10000")
                        .multiply(BigDecimal.valueOf(daysGone))
                        .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP));
        assertThat(number(store, "forecast"))
                .isEqualByComparingTo(output.multiply(BigDecimal.valueOf(days))
                        .divide(BigDecimal.valueOf(daysGone), 2, RoundingMode.HALF_UP));
        Map<String, Object> technician = only(set, "$.rows[?(@.personId == '" + shop.technician.id() + "')]");
        assertThat(number(technician, "actual")).isEqualByComparingTo(number(kpis, "soldHours"));
        Map<String, Object> ofAdvisor = only(set, "$.rows[?(@.personId == '" + advisor.id() + "')]");
        assertThat(number(ofAdvisor, "actual")).isEqualByComparingTo("0");
        assertThat(ofAdvisor).containsEntry("onPace", false);

        // The advisor sees their own target only; a technician may not set any.
        MvcTestResult own = api.get(advisor.token(), "/api/v1/reports/targets?storeId={s}", shop.tenant.storeId());
        assertThat(Api.<List<String>>read(own, "$.rows[*].personId"))
                .containsExactly(advisor.id().toString());
        assertThat(api.put(shop.technician.token(), "/api/v1/reports/targets", """
                {"month":"%s","storeId":"%s","targets":[{"metric":"OUTPUT_VALUE","value":1}]}
                """.formatted(
                                month, shop.tenant.storeId())))
                .hasStatus(403);

        // A null value removes a target; the others stay.
        assertThat(api.put(shop.admin(), "/api/v1/reports/targets", """
                {"month":"%s","storeId":"%s","targets":[{"metric":"OUTPUT_VALUE","value":null}]}
                """.formatted(month, shop.tenant.storeId())))
                .hasStatusOk();
        assertThat(Api.<List<String>>read(
                        api.get(shop.admin(), "/api/v1/reports/targets?storeId={s}", shop.tenant.storeId()),
                        "$.rows[*].metric"))
                .containsExactlyInAnyOrder("SOLD_HOURS", "DELIVERED");
    }

    @Test
    void aTargetThatCannotBeMetIsRefusedAndChangesNothing() {
        Workshop shop = new Workshop(api);
        Workshop other = new Workshop(api);
        String month = thisMonth(shop).toString();
        String store = shop.tenant.storeId().toString();

        MvcTestResult rate = put(shop, month, store, "{\"metric\":\"COMEBACK_RATE_PERCENT\",\"value\":2}");
        assertThat(rate).hasStatus(400);
        assertThat(Api.<String>read(rate, "$.errors[0].field")).isEqualTo("targets[0].metric");
        MvcTestResult stranger = put(
                shop,
                month,
                store,
                "{\"personId\":\"" + other.technician.id() + "\",\"metric\":\"DELIVERED\",\"value\":2}");
        assertThat(stranger).hasStatus(400);
        assertThat(put(shop, month, store, "{\"metric\":\"DELIVERED\",\"value\":-1}"))
                .hasStatus(400);
        assertThat(put(shop, month, store, "{\"metric\":\"WEEKLY\",\"value\":1}"))
                .hasStatus(400);
        assertThat(put(shop, month, other.tenant.storeId().toString(), "{\"metric\":\"DELIVERED\",\"value\":1}"))
                .hasStatus(404);
        assertThat(Api.<List<?>>read(api.get(shop.admin(), "/api/v1/reports/targets?storeId={s}", store), "$.rows"))
                .isEmpty();
    }

    @Test
    void theGridTakesTargetsAndSaysWhichInputIsNotANumber() {
        Workshop shop = new Workshop(api);
        var admin = api.signedIn(shop.tenant.adminUsername());
        String month = thisMonth(shop).toString();

        assertThat(mvc.get().uri("/reports/targets").with(user(admin)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("指标分解与进度")
                .contains("cells[0].value");
        assertThat(mvc.post()
                        .uri("/reports/targets")
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("month", month)
                        .param("storeId", shop.tenant.storeId().toString())
                        .param("cells[0].metric", "OUTPUT_VALUE")
                        .param("cells[0].value", "十万")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("目标须为不小于 0 的数字")
                .contains("value=\"十万\"");
        assertThat(Api.<List<?>>read(api.get(shop.admin(), "/api/v1/reports/targets?month={m}", month), "$.rows"))
                .isEmpty();

        assertThat(mvc.post()
                        .uri("/reports/targets")
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("month", month)
                        .param("storeId", shop.tenant.storeId().toString())
                        .param("cells[0].metric", "OUTPUT_VALUE")
                        .param("cells[0].value", "120000")
                        .param("cells[1].metric", "DELIVERED")
                        .param("cells[1].value", "")
                        .exchange())
                .hasStatus3xxRedirection();
        MvcTestResult saved = api.get(shop.admin(), "/api/v1/reports/targets?month={m}", month);
        assertThat(Api.<List<String>>read(saved, "$.rows[*].metric")).containsExactly("OUTPUT_VALUE");
        assertThat(Api.<Object>read(saved, "$.rows[0].target").toString()).isIn("120000", "120000.0");
    }

    private MvcTestResult put(Workshop shop, String month, String store, String target) {
        return api.put(shop.admin(), "/api/v1/reports/targets", """
                {"month":"%s","storeId":"%s","targets":[%s]}
                """.formatted(month, store, target));
    }

    private ZoneId zone(Workshop shop) {
        return shop.asSystem(() -> organization.zoneOf(shop.tenant.storeId()));
    }

    /** 指标分解 from HQ's spreadsheet: the grid exported, filled in and imported; all rows or none. */
    @Test
    void targetsComeFromASheetWithEveryRowOrNone() throws Exception {
        Workshop shop = new Workshop(api);
        Api.User advisor = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SERVICE_ADVISOR);
        String month = thisMonth(shop).toString();
        String store = shop.tenant.storeId().toString();
        String storeName =
                shop.asSystem(() -> organization.store(shop.tenant.storeId()).name());

        // The exported grid goes back in unchanged: nothing set yet, so nothing to take.
        MvcTestResult exported = api.get(shop.admin(), "/api/v1/reports/targets/export?month={m}", month);
        assertThat(exported).hasStatusOk();
        byte[] grid = exported.getResponse().getContentAsByteArray();
        assertThat(upload(shop.admin(), month, "grid.xlsx", grid)).hasStatusOk();

        // Two people here are called 测试用户: by name that is ambiguous, by the ID column it is not. A bad number
        // in another row and nothing at all is taken.
        byte[] wrong =
                csv("门店或人员,编号,产值,交车台次", storeName + ",,\"120,000\",300", "测试用户,,50000,", "," + advisor.id() + ",八万,");
        MvcTestResult refused = upload(shop.admin(), month, "targets.csv", wrong);
        assertThat(refused).hasStatus(422);
        assertThat(Api.<List<Integer>>read(refused, "$.problems[*].row")).containsExactly(3, 4);
        assertThat(Api.<List<?>>read(api.get(shop.admin(), "/api/v1/reports/targets?month={m}", month), "$.rows"))
                .isEmpty();

        // English headers, the store by its name, the advisor by ID; a blank cell leaves that target alone.
        byte[] right = csv(
                "Store or person,ID,Output value,Delivered",
                storeName + ",,120000,300",
                "," + advisor.id() + ",\"¥50,000\",");
        MvcTestResult taken = upload(shop.admin(), month, "targets.csv", right);
        assertThat(taken).hasStatusOk();
        assertThat(Api.<Integer>read(taken, "$.targets")).isEqualTo(3);
        MvcTestResult sheet = api.get(shop.admin(), "/api/v1/reports/targets?month={m}", month);
        assertThat(Api.<List<String>>read(sheet, "$.rows[?(@.personId == null)].metric"))
                .containsExactlyInAnyOrder("OUTPUT_VALUE", "DELIVERED");
        assertThat(Api.<List<Object>>read(sheet, "$.rows[?(@.personId == '" + advisor.id() + "')].target"))
                .singleElement()
                .satisfies(value -> assertThat(new BigDecimal(value.toString())).isEqualByComparingTo("50000"));

        assertThat(upload(advisor.token(), month, "targets.csv", right)).hasStatus(403);
        assertThat(upload(shop.admin(), month, "targets.txt", right)).hasStatus(400);
        assertThat(api.get(shop.admin(), "/api/v1/reports/targets?storeId={s}", store))
                .hasStatusOk();
    }

    private MvcTestResult upload(String token, String month, String filename, byte[] content) {
        return mvc.post()
                .uri("/api/v1/reports/targets/import?month={m}", month)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .multipart()
                .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                .exchange();
    }

    private static byte[] csv(String... lines) {
        return ("\uFEFF" + String.join("\n", lines)).getBytes(StandardCharsets.UTF_8);
    }

    private YearMonth thisMonth(Workshop shop) {
        return YearMonth.now(zone(shop));
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
