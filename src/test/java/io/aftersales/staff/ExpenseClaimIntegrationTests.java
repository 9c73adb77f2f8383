package io.aftersales.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Expense claims: a technician files a trip's claim, a manager of the store approves, finance approves and pays; a
 * category over its daily limit needs a reason; nobody decides on their own claim or out of turn; a technician sees
 * only their own claims, another organisation none.
 */
@IntegrationTest
class ExpenseClaimIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    @Test
    void aClaimGoesThroughTheManagerAndFinanceAndOverALimitNeedsAReason() {
        Workshop shop = new Workshop(api);
        Api.User manager = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.STORE_MANAGER);
        Api.User finance = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.FINANCE);
        Api.User tech = shop.technician;
        LocalDate from = LocalDate.now().minusDays(3);
        LocalDate to = from.plusDays(1);

        // Lodging at most 300 a day: two nights at 320 and 330 is 650 > 600 for the two trip days.
        assertThat(api.put(tech.token(), "/api/v1/expense-rules", "[{\"category\":\"LODGING\",\"dailyLimit\":300}]"))
                .hasStatus(403);
        assertThat(api.put(
                        finance.token(),
                        "/api/v1/expense-rules",
                        "[{\"category\":\"LODGING\",\"dailyLimit\":300},{\"category\":\"MEALS\",\"dailyLimit\":100}]"))
                .hasStatusOk();
        String items = """
                [{"category":"LODGING","spentOn":"%s","amount":320},{"category":"LODGING","spentOn":"%s","amount":330},
                 {"category":"TRANSPORT","spentOn":"%s","amount":88.5,"description":"高铁"}]""".formatted(from, to, from);
        MvcTestResult over = file(tech, from, to, items, null);
        assertThat(over).hasStatus(400);
        assertThat(Api.<String>read(over, "$.errors[0].field")).isEqualTo("overLimitReason");
        assertThat(Api.<String>read(over, "$.errors[0].message"))
                .contains("住宿费")
                .contains("600.00");
        assertThat(total(tech)).isZero();

        // A day outside the trip, a trip without its end, an item in the future: refused, nothing kept.
        assertThat(file(tech, from, to, """
                [{"category":"MEALS","spentOn":"%s","amount":50}]""".formatted(to.plusDays(1)), null)).hasStatus(400);
        assertThat(file(tech, from, null, """
                [{"category":"MEALS","spentOn":"%s","amount":50}]""".formatted(from), null)).hasStatus(400);
        assertThat(file(tech, null, null, """
                [{"category":"MEALS","spentOn":"%s","amount":50}]""".formatted(LocalDate.now().plusDays(2)), null))
                .hasStatus(400);
        assertThat(file(tech, null, null, "[]", null)).hasStatus(400);
        assertThat(file(tech, null, null, """
                [{"category":"MEALS","spentOn":"%s","amount":-5}]""".formatted(from), null)).hasStatus(400);
        assertThat(total(tech)).isZero();

        MvcTestResult filed = file(tech, from, to, items, "旺季苏州酒店涨价");
        assertThat(filed).hasStatus(201);
        String id = Api.read(filed, "$.id");
        assertThat(Api.<Double>read(filed, "$.total")).isEqualTo(738.50);
        assertThat(Api.<Integer>read(filed, "$.tripDays")).isEqualTo(2);
        assertThat(Api.<Boolean>read(filed, "$.overLimit")).isTrue();
        assertThat(Api.<String>read(filed, "$.status")).isEqualTo("SUBMITTED");

        // Nobody decides on their own claim; finance does not approve before the manager; a stale version is refused.
        assertThat(decide(tech, id, "approve", 0)).hasStatus(403);
        assertThat(decide(finance, id, "approve", 0)).hasStatus(403);
        Api.User otherManager = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.STORE_MANAGER);
        MvcTestResult own = api.post(otherManager.token(), "/api/v1/expense-claims", """
                {"purpose":"配件采购","items":[{"category":"MATERIALS","spentOn":"%s","amount":40}]}""".formatted(from));
        assertThat(own).hasStatus(201);
        assertThat(decide(otherManager, Api.read(own, "$.id"), "approve", 0)).hasStatus(409);
        assertThat(decide(manager, id, "approve", 7)).hasStatus(409);

        MvcTestResult byManager = decide(manager, id, "approve", 0);
        assertThat(byManager).hasStatusOk();
        assertThat(Api.<String>read(byManager, "$.status")).isEqualTo("MANAGER_APPROVED");
        assertThat(decide(manager, id, "approve", 1)).hasStatus(403);
        assertThat(decide(tech, id, "pay", 1)).hasStatus(403);
        assertThat(decide(finance, id, "pay", 1)).hasStatus(409);
        MvcTestResult byFinance = decide(finance, id, "approve", 1);
        assertThat(byFinance).hasStatusOk();
        assertThat(Api.<String>read(byFinance, "$.status")).isEqualTo("APPROVED");
        assertThat(Api.<String>read(byFinance, "$.managerApproval.byName")).isNotBlank();
        MvcTestResult paid = decide(finance, id, "pay", 2);
        assertThat(paid).hasStatusOk();
        assertThat(Api.<String>read(paid, "$.status")).isEqualTo("PAID");
        assertThat(Api.<String>read(paid, "$.payment.by"))
                .isEqualTo(finance.id().toString());
        assertThat(api.post(
                        finance.token(),
                        "/api/v1/expense-claims/{id}/reject",
                        "{\"version\":3,\"reason\":\"重复报销\"}",
                        id))
                .hasStatus(409);

        // A rejection needs its reason and is final.
        MvcTestResult second = file(tech, null, null, """
                [{"category":"MEALS","spentOn":"%s","amount":60}]""".formatted(from), null);
        String secondId = Api.read(second, "$.id");
        assertThat(api.post(
                        manager.token(),
                        "/api/v1/expense-claims/{id}/reject",
                        "{\"version\":0,\"reason\":\" \"}",
                        secondId))
                .hasStatus(400);
        MvcTestResult rejected = api.post(
                manager.token(), "/api/v1/expense-claims/{id}/reject", "{\"version\":0,\"reason\":\"无发票\"}", secondId);
        assertThat(rejected).hasStatusOk();
        assertThat(Api.<String>read(rejected, "$.rejectionReason")).isEqualTo("无发票");
        assertThat(decide(finance, secondId, "approve", 1)).hasStatus(409);
    }

    @Test
    void aTechnicianSeesOnlyTheirOwnClaimsAndAnotherOrganisationNone() {
        Workshop shop = new Workshop(api);
        Api.User manager = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.STORE_MANAGER);
        LocalDate day = LocalDate.now().minusDays(1);
        String meals = "[{\"category\":\"MEALS\",\"spentOn\":\"%s\",\"amount\":45}]".formatted(day);
        String mine = Api.read(file(shop.technician, null, null, meals, null), "$.id");
        String theirs = Api.read(file(shop.inspector, null, null, meals, null), "$.id");

        assertThat(Api.<List<String>>read(api.get(shop.technician.token(), "/api/v1/expense-claims"), "$.items[*].id"))
                .containsExactly(mine);
        assertThat(Api.<List<String>>read(
                        api.get(shop.technician.token(), "/api/v1/expense-claims?personId={p}", shop.inspector.id()),
                        "$.items[*].id"))
                .containsExactly(mine);
        assertThat(api.get(shop.technician.token(), "/api/v1/expense-claims/{id}", theirs))
                .hasStatus(404);
        assertThat(Api.<List<String>>read(api.get(manager.token(), "/api/v1/expense-claims"), "$.items[*].id"))
                .containsExactlyInAnyOrder(mine, theirs);
        assertThat(Api.<List<String>>read(
                        api.get(
                                manager.token(),
                                "/api/v1/expense-claims?status=SUBMITTED&personId={p}",
                                shop.inspector.id()),
                        "$.items[*].id"))
                .containsExactly(theirs);

        Workshop other = new Workshop(api);
        assertThat(api.get(other.admin(), "/api/v1/expense-claims/{id}", mine)).hasStatus(404);
        assertThat(api.post(other.admin(), "/api/v1/expense-claims/{id}/approve", "{\"version\":0}", mine))
                .hasStatus(404);
        assertThat(Api.<List<String>>read(api.get(other.admin(), "/api/v1/expense-claims"), "$.items[*].id"))
                .isEmpty();
        assertThat(api.get(manager.token(), "/api/v1/expense-claims/export")).hasStatusOk();
    }

    @Test
    void theFormSaysWhatIsWrongAndFilesTheClaim() {
        Workshop shop = new Workshop(api);
        var tech = api.signedIn(shop.technician.username());
        LocalDate day = LocalDate.now().minusDays(1);

        assertThat(mvc.get().uri("/staff/expenses").with(user(tech)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("这里还没有报销单");
        assertThat(mvc.get().uri("/staff/expenses/new?lang=en").with(user(tech)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("items[5].amount");
        assertThat(mvc.post()
                        .uri("/staff/expenses")
                        .with(user(tech))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("purpose", "客户现场维修")
                        .param("items[0].category", "MEALS")
                        .param("items[0].spentOn", day.toString())
                        .param("items[0].amount", "四十五")
                        .param("items[1].category", "TRANSPORT")
                        .param("tripFrom", "明天")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("is-invalid")
                .contains("value=\"四十五\"")
                .contains("value=\"明天\"");
        assertThat(mvc.post()
                        .uri("/staff/expenses")
                        .with(user(tech))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("purpose", "客户现场维修")
                        .param("items[0].category", "MEALS")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("请至少填写一项费用");
        assertThat(total(shop.technician)).isZero();

        MvcTestResult filed = mvc.post()
                .uri("/staff/expenses")
                .with(user(tech))
                .with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("purpose", "客户现场维修")
                .param("items[0].category", "MEALS")
                .param("items[0].spentOn", day.toString())
                .param("items[0].amount", "45")
                .param("items[1].category", "TRANSPORT")
                .exchange();
        assertThat(filed).hasStatus3xxRedirection();
        assertThat(total(shop.technician)).isEqualTo(1);
        String id = Api.read(api.get(shop.technician.token(), "/api/v1/expense-claims"), "$.items[0].id");
        assertThat(mvc.get().uri("/staff/expenses/{id}", id).with(user(tech)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("待经理审批")
                .contains("餐费")
                .doesNotContain("/approve");
        // The technician's own page on a phone lists it with the month's figures.
        assertThat(mvc.get().uri("/staff/me").with(user(tech)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("客户现场维修")
                .contains("待经理审批")
                .contains("出勤天数")
                .contains("近三个月没有提成单");
    }

    @Test
    void theClaimantAddsReceiptPhotosUntilTheManagerDecides() {
        Workshop shop = new Workshop(api);
        Api.User manager = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.STORE_MANAGER);
        String id = Api.read(
                file(shop.technician, null, null, """
                        [{"category":"MEALS","spentOn":"%s","amount":45}]""".formatted(LocalDate.now().minusDays(1)), null), "$.id");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x10};

        assertThat(receipt(shop.technician, id, new byte[] {'<', 's', 'v', 'g'}))
                .hasStatus(400);
        assertThat(receipt(manager, id, jpeg)).hasStatus(403);
        MvcTestResult added = receipt(shop.technician, id, jpeg);
        assertThat(added).hasStatus(201);
        List<String> receipts = Api.read(added, "$.receiptIds");
        assertThat(receipts).hasSize(1);
        MvcTestResult served =
                api.get(manager.token(), "/api/v1/expense-claims/{id}/receipts/{r}", id, receipts.get(0));
        assertThat(served).hasStatusOk().hasContentType("image/jpeg");
        assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(jpeg);
        assertThat(api.get(shop.inspector.token(), "/api/v1/expense-claims/{id}/receipts/{r}", id, receipts.get(0)))
                .hasStatus(404);

        assertThat(decide(manager, id, "approve", 0)).hasStatusOk();
        assertThat(receipt(shop.technician, id, jpeg)).hasStatus(409);
    }

    private MvcTestResult receipt(Api.User who, String claim, byte[] data) {
        return mvc.post()
                .uri("/api/v1/expense-claims/{id}/receipts", claim)
                .multipart()
                .file(new MockMultipartFile("file", "receipt.jpg", "image/jpeg", data))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + who.token())
                .exchange();
    }

    private MvcTestResult file(Api.User who, LocalDate from, LocalDate to, String items, String overLimitReason) {
        return api.post(who.token(), "/api/v1/expense-claims", """
                {"purpose":"苏州客户现场服务","tripFrom":%s,"tripTo":%s,"route":"上海—苏州—上海",
                 "overLimitReason":%s,"items":%s}""".formatted(
                        json(from), json(to), json(overLimitReason), items));
    }

    private static String json(Object value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private MvcTestResult decide(Api.User who, String id, String action, long version) {
        return api.post(who.token(), "/api/v1/expense-claims/{id}/" + action, "{\"version\":" + version + "}", id);
    }

    private int total(Api.User who) {
        return Api.<Integer>read(api.get(who.token(), "/api/v1/expense-claims"), "$.total");
    }
}
