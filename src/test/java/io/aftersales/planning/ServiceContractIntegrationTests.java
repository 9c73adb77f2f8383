package io.aftersales.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.shared.security.SystemUser;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Service contracts: a monthly visit opens exactly the visits due by today, once each however often it runs; a call
 * runs the SLA clock and a missed deadline shows as a breach; what the contract's work orders use is counted against
 * what it includes; bad input changes nothing.
 */
@IntegrationTest
class ServiceContractIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ServiceContracts contracts;

    private LocalDate today(Workshop shop) {
        MvcTestResult store = api.get(shop.admin(), "/api/v1/stores/{id}", shop.tenant.storeId());
        return LocalDate.now(ZoneId.of(Api.<String>read(store, "$.timeZone")));
    }

    private MvcTestResult create(
            Workshop shop, String token, String number, List<String> assets, LocalDate start, int every, String type) {
        return api.post(token, "/api/v1/service-contracts", """
                {"storeId":"%s","customerId":"%s","number":"%s","title":"空压机维保","assetIds":["%s"],
                 "startsOn":"%s","endsOn":"%s","visitEveryMonths":%d,"visitType":"%s",
                 "responseHours":1,"resolutionHours":2,"includedLabourHours":10,"includedParts":2000}
                """.formatted(
                        shop.tenant.storeId(),
                        shop.customerId,
                        number,
                        String.join("\",\"", assets),
                        start,
                        start.plusYears(1).minusDays(1),
                        every,
                        type));
    }

    @Test
    void aContractWithAMonthlyVisitOpensExactlyTheDueVisitsOnce() {
        Workshop shop = new Workshop(api);
        String second = shop.newVehicle(LocalDate.now().plusYears(1));
        LocalDate today = today(shop);
        LocalDate start = today.minusMonths(3).minusDays(5);
        List<String> expected = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(today); day = day.plusMonths(1)) {
            expected.add(day.toString());
        }
        assertThat(expected).hasSize(4);

        MvcTestResult created =
                create(shop, shop.admin(), "HT-001", List.of(shop.assetId, second), start, 1, "MAINTENANCE");

        assertThat(created).hasStatus(201);
        String id = Api.read(created, "$.id");
        assertThat(Api.<List<String>>read(created, "$.visits[?(@.assetId == '" + shop.assetId + "')].dueOn"))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Api.<List<String>>read(created, "$.visits[?(@.assetId == '" + second + "')].dueOn"))
                .containsExactlyInAnyOrderElementsOf(expected);
        String visit =
                Api.<List<String>>read(created, "$.visits[*].workOrderId").get(0);
        MvcTestResult order = shop.get(visit);
        assertThat(Api.<String>read(order, "$.serviceType")).isEqualTo("MAINTENANCE");
        assertThat(Api.<String>read(order, "$.complaint")).contains("HT-001");

        // The schedule runs again, by hand and as the hourly task does: nothing more is due.
        assertThat(Api.<Integer>read(
                        api.post(shop.admin(), "/api/v1/service-contracts/{id}/visits", "{}", id), "$.opened"))
                .isZero();
        int all = SystemUser.callAs(
                new io.aftersales.shared.OrganizationId(shop.tenant.id()), List.of(), contracts::openDueVisitsOfAll);
        assertThat(all).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract_work where service_contract_id = ?",
                        Integer.class,
                        UUID.fromString(id)))
                .isEqualTo(8);

        // A visit's work counts against what the contract includes.
        assertThat(shop.addLine(visit, "LABOR", "空压机保养", "1.5", "300", "CUSTOMER"))
                .hasStatus(201);
        MvcTestResult read = api.get(shop.admin(), "/api/v1/service-contracts/{id}", id);
        assertThat(Api.<Number>read(read, "$.labourHoursUsed").doubleValue()).isEqualTo(1.5);

        // A contract that starts next month has nothing due yet.
        MvcTestResult later =
                create(shop, shop.admin(), "HT-002", List.of(shop.assetId), today.plusMonths(1), 1, "ON_SITE");
        assertThat(later).hasStatus(201);
        assertThat(Api.<List<Object>>read(later, "$.visits")).isEmpty();
        MvcTestResult list = api.get(shop.admin(), "/api/v1/service-contracts?customerId={c}", shop.customerId);
        assertThat(Api.<List<String>>read(list, "$.items[*].number")).containsExactly("HT-002", "HT-001");
        assertThat(Api.<List<Boolean>>read(list, "$.items[*].current")).containsExactly(false, true);
    }

    @Test
    void aCallRunsTheSlaClockAndAMissedDeadlineShowsAsABreach() {
        Workshop shop = new Workshop(api);
        LocalDate today = today(shop);
        String id = Api.read(
                create(
                        shop,
                        shop.admin(),
                        "HT-SLA",
                        List.of(shop.assetId),
                        today.plusDays(1).minusYears(1).plusDays(1),
                        6,
                        "ON_SITE"),
                "$.id");

        MvcTestResult late =
                api.post(shop.admin(), "/api/v1/service-contracts/{id}/calls", """
                {"assetId":"%s","complaint":"设备不启动"}""".formatted(shop.assetId), id);
        assertThat(late).hasStatus(201);
        assertThat(Api.<String>read(late, "$.kind")).isEqualTo("CALL");
        assertThat(Api.<Boolean>read(late, "$.responseBreached")).isFalse();
        Instant reported = Instant.parse(Api.read(late, "$.reportedAt"));
        assertThat(Instant.parse(Api.<String>read(late, "$.respondBy"))).isEqualTo(reported.plus(1, ChronoUnit.HOURS));
        assertThat(Instant.parse(Api.<String>read(late, "$.resolveBy"))).isEqualTo(reported.plus(2, ChronoUnit.HOURS));
        assertThat(Api.<String>read(shop.get(Api.read(late, "$.workOrderId")), "$.serviceType"))
                .isEqualTo("ON_SITE");

        // Three hours have passed and nobody went: both deadlines are missed.
        Instant earlier = reported.minus(3, ChronoUnit.HOURS);
        jdbc.update(
                "update contract_work set reported_at = ?, respond_by = ?, resolve_by = ? where work_order_id = ?",
                Timestamp.from(earlier),
                Timestamp.from(earlier.plus(1, ChronoUnit.HOURS)),
                Timestamp.from(earlier.plus(2, ChronoUnit.HOURS)),
                UUID.fromString(Api.read(late, "$.workOrderId")));

        // A second call is answered at once: work starts within the hour.
        MvcTestResult quick =
                api.post(shop.admin(), "/api/v1/service-contracts/{id}/calls", """
                {"assetId":"%s","complaint":"异响"}""".formatted(shop.assetId), id);
        String quickOrder = Api.read(quick, "$.workOrderId");
        assertThat(shop.addLine(quickOrder, "LABOR", "上门检修", "1", "300", "CUSTOMER"))
                .hasStatus(201);
        shop.approveDispatchAndStart(quickOrder);

        MvcTestResult contract = api.get(shop.admin(), "/api/v1/service-contracts/{id}", id);
        assertThat(Api.<List<Boolean>>read(contract, "$.calls[*].responseBreached"))
                .containsExactly(true, false);
        assertThat(Api.<List<Boolean>>read(contract, "$.calls[*].resolutionBreached"))
                .containsExactly(true, false);
        assertThat(Api.<String>read(contract, "$.calls[1].respondedAt")).isNotNull();
        MvcTestResult page = api.page(api.signedIn(shop.tenant.adminUsername()), "/service-contracts/{id}", id);
        assertThat(page).hasStatusOk();
        assertThat(Api.body(page)).contains("1 次 SLA 超时", "达标");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        Workshop shop = new Workshop(api);
        Workshop another = new Workshop(api);
        LocalDate today = today(shop);
        String asset = shop.assetId;

        MvcTestResult reversed = api.post(shop.admin(), "/api/v1/service-contracts", """
                {"storeId":"%s","customerId":"%s","number":"HT-X","title":"x","assetIds":["%s"],
                 "startsOn":"%s","endsOn":"%s","visitEveryMonths":1,"visitType":"MAINTENANCE",
                 "responseHours":1,"resolutionHours":2,"includedLabourHours":0,"includedParts":0}
                """.formatted(
                        shop.tenant.storeId(), shop.customerId, asset, today, today.minusDays(1)));
        assertThat(reversed).hasStatus(400);
        assertThat(Api.body(reversed)).contains("endsOn");
        assertThat(create(shop, shop.admin(), "HT-X", List.of(asset), today, 1, "REPAIR"))
                .hasStatus(400);
        assertThat(create(shop, shop.admin(), "HT-X", List.of(another.assetId), today, 1, "MAINTENANCE"))
                .hasStatus(400);
        assertThat(create(shop, shop.admin(), "HT-X", List.of(asset), today, 0, "MAINTENANCE"))
                .hasStatus(400);
        assertThat(create(shop, shop.technician.token(), "HT-X", List.of(asset), today, 1, "MAINTENANCE"))
                .hasStatus(403);
        assertThat(Api.<Integer>read(api.get(shop.admin(), "/api/v1/service-contracts"), "$.total"))
                .isZero();

        String id = Api.read(create(shop, shop.admin(), "HT-X", List.of(asset), today, 1, "MAINTENANCE"), "$.id");
        assertThat(create(shop, shop.admin(), "HT-X", List.of(asset), today, 1, "MAINTENANCE"))
                .hasStatus(409);
        String other = shop.newVehicle(LocalDate.now().plusYears(1));
        assertThat(api.post(shop.admin(), "/api/v1/service-contracts/{id}/calls", """
                        {"assetId":"%s","complaint":"x"}""".formatted(other), id))
                .hasStatus(400);
        assertThat(api.post(
                        shop.admin(), "/api/v1/service-contracts/{id}/calls", "{\"assetId\":\"" + asset + "\"}", id))
                .hasStatus(400);
        assertThat(api.get(another.admin(), "/api/v1/service-contracts/{id}", id))
                .hasStatus(404);
        assertThat(api.post(another.admin(), "/api/v1/service-contracts/{id}/visits", "{}", id))
                .hasStatus(404);
        assertThat(Api.<List<Object>>read(api.get(shop.admin(), "/api/v1/service-contracts/{id}", id), "$.calls"))
                .isEmpty();
        assertThat(Api.<List<Object>>read(api.get(shop.admin(), "/api/v1/service-contracts/{id}", id), "$.visits"))
                .hasSize(1);
    }

    @Test
    void managersRecordAContractInTheBrowser() {
        Workshop shop = new Workshop(api);
        var admin = api.signedIn(shop.tenant.adminUsername());
        LocalDate today = today(shop);
        assertThat(api.page(admin, "/service-contracts/new?customerId={c}", shop.customerId))
                .hasStatusOk();

        MvcTestResult missing = api.form(
                admin,
                "/service-contracts/new",
                "customerId",
                shop.customerId,
                "storeId",
                shop.tenant.storeId().toString(),
                "number",
                "HT-W",
                "title",
                "维保",
                "startsOn",
                today.toString(),
                "endsOn",
                today.plusYears(1).toString(),
                "visitEveryMonths",
                "3",
                "visitType",
                "ON_SITE",
                "responseHours",
                "4",
                "resolutionHours",
                "24");
        assertThat(missing).hasStatusOk();
        assertThat(Api.body(missing)).contains("请至少勾选一台车辆或设备");

        MvcTestResult created = api.form(
                admin,
                "/service-contracts/new",
                "customerId",
                shop.customerId,
                "storeId",
                shop.tenant.storeId().toString(),
                "number",
                "HT-W",
                "title",
                "维保",
                "assetIds",
                shop.assetId,
                "startsOn",
                today.toString(),
                "endsOn",
                today.plusYears(1).toString(),
                "visitEveryMonths",
                "3",
                "visitType",
                "ON_SITE",
                "responseHours",
                "4",
                "resolutionHours",
                "24",
                "includedLabourHours",
                "8",
                "includedParts",
                "1000");
        assertThat(created).hasStatus3xxRedirection();
        String location = created.getResponse().getRedirectedUrl();
        MvcTestResult page = api.page(admin, location);
        assertThat(Api.body(page)).contains("HT-W", today.toString(), "上门服务");
        assertThat(Api.body(api.page(admin, "/service-contracts"))).contains("HT-W");
        assertThat(Api.body(api.page(admin, "/customers/{id}", shop.customerId)))
                .contains("HT-W");
        assertThat(api.form(admin, location + "/calls", "assetId", shop.assetId, "complaint", "漏油"))
                .hasStatus3xxRedirection();
        assertThat(Api.body(api.page(admin, location))).contains("计时中");
    }
}
