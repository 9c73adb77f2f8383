package io.aftersales.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A month's commission statement is the rule applied to the person's figures, worked out by hand below; a locked
 * month never changes (409), and what its figures gained later is carried into the next month as a correction.
 */
@IntegrationTest
class CommissionIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    WorkOrderHistory history;

    @Autowired
    OrganizationManagement organization;

    @Test
    void theStatementIsTheRuleAppliedToTheFiguresAndALockedMonthNeverChanges() {
        Workshop shop = new Workshop(api);
        Api.User advisor = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SERVICE_ADVISOR);
        Api.User manager = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.STORE_MANAGER);
        Api.User finance = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.FINANCE);
        ZoneId zone = shop.asSystem(() -> organization.zoneOf(shop.tenant.storeId()));
        YearMonth month = YearMonth.now(zone);
        YearMonth before = month.minusMonths(1);

        // Advisors: 2 % of the output value up to 1,000 and 5 % above; technicians: 10 % of labour, at most 80.
        assertThat(api.put(manager.token(), "/api/v1/commission-rules", "[]")).hasStatus(403);
        assertThat(api.put(shop.admin(), "/api/v1/commission-rules", """
                [{"role":"PARTS_CLERK","basis":"PARTS","tiers":[{"from":0,"ratePercent":1}]}]""")).hasStatus(400);
        assertThat(api.put(shop.admin(), "/api/v1/commission-rules", """
                [{"role":"SERVICE_ADVISOR","basis":"OUTPUT_VALUE","tiers":[{"from":1000,"ratePercent":5},{"from":0,"ratePercent":2}]},
                 {"role":"SERVICE_ADVISOR","basis":"COLLECTED","tiers":[{"from":0,"ratePercent":1}]},
                 {"role":"TECHNICIAN","basis":"LABOUR","tiers":[{"from":0,"ratePercent":10}],"monthlyCap":80}]""")).hasStatusOk();

        // Last month: one past job of one labour hour at 300 led by the technician (received by the admin).
        Instant lastMonth = before.atDay(10).atTime(10, 0).atZone(zone).toInstant();
        shop.pastRepair(history, shop.newVehicle(LocalDate.now().plusYears(2)), lastMonth, lastMonth.plusSeconds(7200));
        // This month, the advisor's two jobs led by the technician: output 560 + 300 + 300 = 1,160, labour 860.
        String first =
                shop.receiveBy(advisor.token(), shop.newVehicle(LocalDate.now().plusYears(2)), "REPAIR", null);
        shop.addLine(first, "LABOR", "更换离合器", "2", "280", "CUSTOMER");
        shop.addLine(first, "PART", "离合器片", "1", "300", "CUSTOMER");
        deliverPaying(shop, first, "500");
        String second =
                shop.receiveBy(advisor.token(), shop.newVehicle(LocalDate.now().plusYears(2)), "REPAIR", null);
        shop.addLine(second, "LABOR", "四轮定位", "1", "300", "CUSTOMER");
        shop.deliverLedBy(second, shop.technician);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(Api.<Integer>read(
                                api.get(shop.admin(), "/api/v1/reports/kpis?groupBy=ADVISOR"), "$.total.delivered"))
                        .isEqualTo(2));

        // Last month is computed, approved and locked: the technician's 10 % of 300.
        assertThat(compute(shop.technician, before)).hasStatus(403);
        MvcTestResult last = compute(manager, before);
        assertThat(last).hasStatusOk();
        assertThat(commission(last, shop.technician)).isEqualTo("30.00");
        assertThat(lock(finance, before)).hasStatus(409);
        for (Map<String, Object> statement : Api.<List<Map<String, Object>>>read(last, "$[*]")) {
            assertThat(api.post(
                            manager.token(),
                            "/api/v1/commissions/{id}/approve",
                            "{\"version\":0}",
                            statement.get("id")))
                    .hasStatusOk();
        }
        assertThat(lock(manager, before)).hasStatus(403);
        assertThat(lock(finance, before)).hasStatusOk();
        assertThat(compute(manager, before)).hasStatus(409);
        String locked = Api.<List<String>>read(last, "$[*].id").get(0);
        assertThat(api.post(manager.token(), "/api/v1/commissions/{id}/approve", "{\"version\":1}", locked))
                .hasStatus(409);
        assertThat(lock(finance, before)).hasStatus(409);

        // A job of last month comes in late: last month stays as locked, this month carries the 30 more.
        Instant late = before.atDay(12).atTime(10, 0).atZone(zone).toInstant();
        shop.pastRepair(history, shop.newVehicle(LocalDate.now().plusYears(2)), late, late.plusSeconds(7200));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(Api.<Integer>read(
                                api.get(
                                        shop.admin(),
                                        "/api/v1/reports/kpis?groupBy=TECHNICIAN&from={f}&to={t}",
                                        before.atDay(1),
                                        before.atEndOfMonth()),
                                "$.total.delivered"))
                        .isEqualTo(2));
        assertThat(commission(api.get(manager.token(), "/api/v1/commissions?month={m}", before), shop.technician))
                .isEqualTo("30.00");

        // This month by hand: advisor 1,000 × 2 % + 160 × 5 % = 28 on the output value and 1 % of the 500 collected =
        // 5;
        // technician 860 × 10 % = 86, capped at 80, plus the correction of last month: 60 − 30 = 30.
        MvcTestResult now = compute(manager, month);
        assertThat(now).hasStatusOk();
        assertThat(line(now, advisor, "OUTPUT_VALUE", "commission")).isEqualTo("28.00");
        assertThat(line(now, advisor, "COLLECTED", "base")).isEqualTo("500.00");
        assertThat(line(now, advisor, "COLLECTED", "commission")).isEqualTo("5.00");
        assertThat(commission(now, advisor)).isEqualTo("33.00");
        assertThat(line(now, advisor, "OUTPUT_VALUE", "base")).isEqualTo("1160.00");
        assertThat(line(now, shop.technician, "LABOUR", "base")).isEqualTo("860.00");
        assertThat(line(now, shop.technician, "LABOUR", "commission")).isEqualTo("80.00");
        assertThat(line(now, shop.technician, "ADJUSTMENT", "commission")).isEqualTo("30.00");
        assertThat(commission(now, shop.technician)).isEqualTo("110.00");

        // Each reads their own statement; another organisation none.
        assertThat(Api.<List<String>>read(
                        api.get(shop.technician.token(), "/api/v1/commissions?month={m}", month), "$[*].personId"))
                .containsExactly(shop.technician.id().toString());
        assertThat(Api.<List<String>>read(api.get(manager.token(), "/api/v1/commissions?month={m}", month), "$[*].id"))
                .hasSize(3);
        assertThat(api.get(
                        new Workshop(api).admin(),
                        "/api/v1/commissions?month={m}&storeId={s}",
                        month,
                        shop.tenant.storeId()))
                .hasStatus(404);
        assertThat(compute(manager, month.plusMonths(1))).hasStatus(400);
        assertThat(api.get(manager.token(), "/api/v1/commissions/export?month={m}", month))
                .hasStatusOk();
    }

    @Test
    void thePageComputesTheMonthAndRefusesTiersThatDoNotParse() {
        Workshop shop = new Workshop(api);
        var admin = api.signedIn(shop.tenant.adminUsername());
        ZoneId zone = shop.asSystem(() -> organization.zoneOf(shop.tenant.storeId()));
        String month = YearMonth.now(zone).toString();

        assertThat(mvc.get()
                        .uri("/staff/commissions?month={m}", month)
                        .with(user(admin))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("该月还没有提成单")
                .contains("tiers.TECHNICIAN.LABOUR");
        assertThat(mvc.post()
                        .uri("/staff/commission-rules?month={m}", month)
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("tiers.TECHNICIAN.LABOUR", "百分之十")
                        .exchange())
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("failed", "commission.badTiers");
        assertThat(Api.<List<?>>read(api.get(shop.admin(), "/api/v1/commission-rules"), "$"))
                .isEmpty();
        assertThat(mvc.post()
                        .uri("/staff/commission-rules?month={m}", month)
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("tiers.TECHNICIAN.LABOUR", "0:10；5000：12")
                        .param("cap.TECHNICIAN.LABOUR", "800")
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(Api.<List<Number>>read(
                        api.get(shop.admin(), "/api/v1/commission-rules"), "$[0].tiers[*].ratePercent"))
                .extracting(Number::doubleValue)
                .containsExactly(10.0, 12.0);
        assertThat(mvc.post()
                        .uri("/staff/commissions/compute?month={m}", month)
                        .with(user(admin))
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(mvc.get()
                        .uri("/staff/commissions?month={m}", month)
                        .with(user(admin))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("已计算")
                .contains("审批");
    }

    /** Through approval, dispatch to the shop's technician, the work and QC, settled with a payment, delivered. */
    private static void deliverPaying(Workshop shop, String id, String amount) {
        shop.approveDispatchAndStart(id);
        for (String line :
                Api.<List<String>>read(shop.get(id), "$.lines[?(@.kind == 'LABOR' && @.decision == 'APPROVED')].id")) {
            assertThat(shop.act(
                            shop.technician.token(),
                            id,
                            "log",
                            "\"text\":\"拆检\",\"lineId\":\"" + line + "\",\"rootCause\":\"磨损\""))
                    .hasStatusOk();
        }
        assertThat(shop.act(shop.technician.token(), id, "submit-for-qc", "")).hasStatusOk();
        assertThat(shop.act(shop.inspector.token(), id, "pass-qc", "")).hasStatusOk();
        assertThat(shop.act(shop.inspector.token(), id, "complete", "\"finalTest\":\"路试正常\""))
                .hasStatusOk();
        assertThat(shop.act(id, "settle", "\"payments\":[{\"method\":\"CASH\",\"amount\":" + amount + "}]"))
                .hasStatusOk();
        assertThat(shop.act(id, "deliver", "\"signedBy\":\"张伟\"")).hasStatusOk();
    }

    private MvcTestResult compute(Api.User who, YearMonth month) {
        return api.post(who.token(), "/api/v1/commissions/compute", "{\"month\":\"" + month + "\"}");
    }

    private MvcTestResult lock(Api.User who, YearMonth month) {
        return api.post(who.token(), "/api/v1/commissions/lock", "{\"month\":\"" + month + "\"}");
    }

    private static String commission(MvcTestResult statements, Api.User person) {
        List<Number> totals = Api.read(statements, "$[?(@.personId == '" + person.id() + "')].total");
        assertThat(totals).hasSize(1);
        return new java.math.BigDecimal(totals.get(0).toString()).setScale(2).toPlainString();
    }

    private static String line(MvcTestResult statements, Api.User person, String basis, String field) {
        List<Number> values = Api.read(
                statements, "$[?(@.personId == '" + person.id() + "')].lines[?(@.basis == '" + basis + "')]." + field);
        assertThat(values).hasSize(1);
        return new java.math.BigDecimal(values.get(0).toString()).setScale(2).toPlainString();
    }
}
