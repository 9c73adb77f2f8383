package io.aftersales.standards;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Standards audits: scores in per cent of the weights, a corrective action with owner and deadline for every failed
 * item, the execution rate per store and month, and what is refused.
 */
@IntegrationTest
class StoreAuditIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    private record Org(Api.Tenant tenant, String second, Api.User manager, Api.User technician, String checklist) {}

    /** Two stores, a manager and a technician at the first, a 5S checklist weighing 1, 1, 2 and 4. */
    private Org org() {
        Api.Tenant tenant = api.newTenant();
        MvcTestResult store = api.post(tenant.adminToken(), "/api/v1/stores", """
                {"code":"SH02","name":"二号店"}""");
        assertThat(store).hasStatus(201);
        Api.User manager = api.newUser(tenant, List.of(tenant.storeId()), Role.STORE_MANAGER);
        Api.User technician = api.newUser(tenant, List.of(tenant.storeId()), Role.TECHNICIAN);
        MvcTestResult checklist = api.post(tenant.adminToken(), "/api/v1/audit-checklists", """
                {"name":"车间 5S","area":"FIVE_S","active":true,"items":[
                  {"text":"工具归位","weight":1},{"text":"地面无油污","weight":1},
                  {"text":"旧件分类存放","weight":2},{"text":"消防通道畅通","weight":4}]}""");
        assertThat(checklist).hasStatus(201);
        return new Org(tenant, Api.read(store, "$.id"), manager, technician, Api.read(checklist, "$.id"));
    }

    private MvcTestResult audit(Org org, String token, String store, LocalDate day, String... results) {
        return api.post(
                token, "/api/v1/store-audits", """
                {"storeId":"%s","checklistId":"%s","auditedOn":"%s","results":[%s]}""".formatted(store, org.checklist(), day, String.join(",", results)));
    }

    private static final String PASS = "{\"passed\":true}";

    private static String fail(String note) {
        return "{\"passed\":false,\"note\":\"" + note + "\"}";
    }

    private LocalDate today(Org org) {
        MvcTestResult store = api.get(
                org.tenant().adminToken(), "/api/v1/stores/{id}", org.tenant().storeId());
        return LocalDate.now(ZoneId.of(Api.<String>read(store, "$.timeZone")));
    }

    @Test
    void aFailedItemCreatesACorrectiveActionWithADeadlineAndScoresAppearPerStoreAndMonth() {
        Org org = org();
        String admin = org.tenant().adminToken();
        String first = org.tenant().storeId().toString();
        LocalDate today = today(org);
        LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(1);

        MvcTestResult failed = audit(org, admin, first, today, PASS, PASS, fail("旧件堆在过道"), PASS);
        assertThat(failed).hasStatus(201);
        assertThat(new BigDecimal(Api.<Object>read(failed, "$.score").toString()))
                .isEqualByComparingTo("75.0");
        assertThat(Api.<Integer>read(failed, "$.passed")).isEqualTo(3);
        List<Map<String, Object>> actions = Api.read(failed, "$.actions");
        assertThat(actions).hasSize(1);
        assertThat(actions.get(0).get("item")).isEqualTo("旧件分类存放");
        assertThat(actions.get(0).get("problem")).isEqualTo("旧件堆在过道");
        assertThat(actions.get(0).get("status")).isEqualTo("OPEN");
        assertThat(actions.get(0).get("deadline")).isEqualTo(today.plusDays(7).toString());
        assertThat(actions.get(0).get("ownerId")).isEqualTo(org.manager().id().toString());

        MvcTestResult named = audit(
                org,
                admin,
                first,
                today,
                PASS,
                PASS,
                PASS,
                "{\"passed\":false,\"note\":\"通道堆放轮胎\",\"ownerId\":\"%s\",\"deadline\":\"%s\"}"
                        .formatted(org.technician().id(), today.plusDays(2)));
        assertThat(new BigDecimal(Api.<Object>read(named, "$.score").toString()))
                .isEqualByComparingTo("50.0");
        assertThat(Api.<String>read(named, "$.actions[0].ownerId"))
                .isEqualTo(org.technician().id().toString());
        assertThat(Api.<String>read(named, "$.actions[0].deadline"))
                .isEqualTo(today.plusDays(2).toString());
        assertThat(audit(org, admin, first, lastMonth, PASS, PASS, PASS, PASS)).hasStatus(201);
        assertThat(audit(org, admin, org.second(), today, PASS, PASS, fail("分类标签缺失"), PASS))
                .hasStatus(201);
        // The list shows each audit with its own actions and auditor (read for the whole page at once).
        MvcTestResult list = api.get(admin, "/api/v1/store-audits?storeId={store}", first);
        assertThat(Api.<List<String>>read(
                        list, "$.items[?(@.id == '" + Api.read(failed, "$.id") + "')].actions[*].problem"))
                .containsExactly("旧件堆在过道");
        assertThat(Api.<List<String>>read(
                        list, "$.items[?(@.id == '" + Api.read(named, "$.id") + "')].actions[*].problem"))
                .containsExactly("通道堆放轮胎");
        assertThat(Api.<List<String>>read(list, "$.items[*].auditorName"))
                .hasSize(3)
                .doesNotContain("");

        // The owner closes theirs; someone else may not.
        String actionId = Api.read(named, "$.actions[0].id");
        Api.User other = api.newUser(org.tenant(), List.of(org.tenant().storeId()), Role.TECHNICIAN);
        assertThat(api.post(other.token(), "/api/v1/corrective-actions/{id}/close", """
                {"version":0,"note":"已清理"}""", actionId))
                .hasStatus(403);
        assertThat(api.post(org.technician().token(), "/api/v1/corrective-actions/{id}/close", """
                {"version":0,"note":" "}""", actionId))
                .hasStatus(400);
        assertThat(api.post(org.technician().token(), "/api/v1/corrective-actions/{id}/close", """
                {"version":5,"note":"已清理"}""", actionId))
                .hasStatus(409);
        assertThat(api.post(
                        org.technician().token(),
                        "/api/v1/corrective-actions/{id}/close",
                        "{\"version\":0,\"note\":\"已清理\",\"doneOn\":\"%s\"}".formatted(today.plusDays(3)),
                        actionId))
                .hasStatus(400);
        MvcTestResult closed =
                api.post(org.technician().token(), "/api/v1/corrective-actions/{id}/close", """
                {"version":0,"note":"轮胎已移入库房"}""", actionId);
        assertThat(closed).hasStatusOk();
        assertThat(Api.<String>read(closed, "$.status")).isEqualTo("DONE");
        assertThat(Api.<List<String>>read(
                        api.get(org.technician().token(), "/api/v1/corrective-actions?mine=true&status=OPEN"),
                        "$.items[*].id"))
                .isEmpty();

        MvcTestResult rates = api.get(
                admin, "/api/v1/store-audits/rates?from={f}&to={t}", YearMonth.from(lastMonth), YearMonth.from(today));
        Map<String, Object> firstNow = rate(rates, first, YearMonth.from(today));
        assertThat(firstNow.get("audits")).isEqualTo(2);
        assertThat(new BigDecimal(firstNow.get("averageScore").toString())).isEqualByComparingTo("62.5");
        assertThat(firstNow.get("actions")).isEqualTo(2);
        assertThat(firstNow.get("doneOnTime")).isEqualTo(1);
        Map<String, Object> firstBefore = rate(rates, first, YearMonth.from(lastMonth));
        assertThat(new BigDecimal(firstBefore.get("averageScore").toString())).isEqualByComparingTo("100.0");
        assertThat(new BigDecimal(rate(rates, org.second(), YearMonth.from(today))
                        .get("averageScore")
                        .toString()))
                .isEqualByComparingTo("75.0");
        assertThat(rate(rates, org.second(), YearMonth.from(lastMonth)).get("averageScore"))
                .isNull();

        // The manager of the first store sees its rate only.
        MvcTestResult own = api.get(
                org.manager().token(),
                "/api/v1/store-audits/rates?from={f}&to={t}",
                YearMonth.from(today),
                YearMonth.from(today));
        assertThat(Api.<List<String>>read(own, "$[*].storeId")).containsExactly(first);
    }

    @Test
    void refusesWhatIsIncompleteOrNotAllowedAndChangesNothing() {
        Org org = org();
        String admin = org.tenant().adminToken();
        String first = org.tenant().storeId().toString();
        LocalDate today = today(org);

        assertThat(audit(org, admin, first, today, PASS, PASS, PASS)).hasStatus(400);
        MvcTestResult noNote = audit(org, admin, first, today, PASS, PASS, "{\"passed\":false}", PASS);
        assertThat(noNote).hasStatus(400);
        assertThat(Api.<String>read(noNote, "$.errors[0].field")).isEqualTo("results[2].note");
        assertThat(audit(org, admin, first, today.plusDays(2), PASS, PASS, PASS, PASS))
                .hasStatus(400);
        Api.User elsewhere =
                api.newUser(org.tenant(), List.of(new StoreId(UUID.fromString(org.second()))), Role.STORE_MANAGER);
        assertThat(audit(
                        org,
                        admin,
                        first,
                        today,
                        PASS,
                        PASS,
                        PASS,
                        "{\"passed\":false,\"note\":\"x\",\"ownerId\":\"%s\"}".formatted(elsewhere.id())))
                .hasStatus(400);
        assertThat(audit(org, org.technician().token(), first, today, PASS, PASS, PASS, PASS))
                .hasStatus(403);
        assertThat(Api.<Integer>read(api.get(admin, "/api/v1/store-audits"), "$.total"))
                .isZero();
        assertThat(Api.<Integer>read(api.get(admin, "/api/v1/corrective-actions"), "$.total"))
                .isZero();

        String id = Api.read(audit(org, admin, first, today, PASS, PASS, PASS, PASS), "$.id");
        MvcTestResult photo = photo(admin, id, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        assertThat(photo).hasStatus(201);
        assertThat(photo(admin, id, "<svg/>".getBytes())).hasStatus(400);
        assertThat(Api.<List<String>>read(api.get(admin, "/api/v1/store-audits/{id}", id), "$.photos"))
                .containsExactly(Api.<String>read(photo, "$.id"));

        Api.Tenant stranger = api.newTenant();
        assertThat(api.get(stranger.adminToken(), "/api/v1/store-audits/{id}", id))
                .hasStatus(404);
        assertThat(api.post(stranger.adminToken(), "/api/v1/store-audits", """
                {"storeId":"%s","checklistId":"%s","results":[%s]}""".formatted(
                                first, org.checklist(), String.join(",", PASS, PASS, PASS, PASS))))
                .hasStatus(404);
        assertThat(api.post(admin, "/api/v1/audit-checklists", """
                {"name":"车间 5S","area":"FIVE_S","active":true,"items":[{"text":"x","weight":1}]}""")).hasStatus(409);
        assertThat(api.post(admin, "/api/v1/audit-checklists", """
                {"name":"礼仪","area":"ETIQUETTE","active":true,"items":[{"text":"x","weight":11}]}""")).hasStatus(400);
    }

    private MvcTestResult photo(String token, String auditId, byte[] data) {
        return mvc.post()
                .uri("/api/v1/store-audits/{id}/photos", auditId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .multipart()
                .file(new MockMultipartFile("photo", "p.png", "image/png", data))
                .exchange();
    }

    private static Map<String, Object> rate(MvcTestResult rates, String store, YearMonth month) {
        List<Map<String, Object>> rows =
                Api.read(rates, "$[?(@.storeId == '" + store + "' && @.month == '" + month + "')]");
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
