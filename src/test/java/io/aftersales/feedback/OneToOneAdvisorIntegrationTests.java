package io.aftersales.feedback;

import static io.aftersales.feedback.FeedbackApiIntegrationTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * One-to-one service (一对一服务): every customer their own advisor, who receives their jobs and follow-ups by
 * default, is handed over in bulk when they leave, and sees their customers with what is open and due.
 */
@IntegrationTest
class OneToOneAdvisorIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    private MvcTestResult assign(Workshop shop, String customerId, Object advisorId) {
        String body = advisorId == null ? "{\"advisorId\":null}" : "{\"advisorId\":\"" + advisorId + "\"}";
        return api.put(shop.admin(), "/api/v1/customers/{id}/advisor", body, customerId);
    }

    private String advisorOf(Workshop shop, String customerId) {
        return Api.read(api.get(shop.admin(), "/api/v1/customers/{id}", customerId), "$.advisorId");
    }

    private String newCustomer(Workshop shop, String name) {
        return Api.read(
                api.post(shop.admin(), "/api/v1/customers", """
                        {"type":"PERSON","name":"%s","phones":["136%08d"]}
                        """.formatted(
                                name, ThreadLocalRandom.current().nextInt(100_000_000))),
                "$.customer.id");
    }

    private long customersOf(Workshop shop, Object advisorId) {
        List<Map<String, Object>> loads = Api.read(api.get(shop.admin(), "/api/v1/customers/advisors"), "$");
        return loads.stream()
                .filter(load -> String.valueOf(advisorId).equals(String.valueOf(load.get("advisorId"))))
                .mapToLong(load -> ((Number) load.get("customers")).longValue())
                .sum();
    }

    @Test
    void theCustomersOwnAdvisorGetsTheirJobAndItsFollowUpAndSeesThemInTheirBook() {
        Workshop shop = new Workshop(api);
        Api.User advisor = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SERVICE_ADVISOR);
        // A follow-up agent at the store, who would get the task without one-to-one service.
        api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.FOLLOW_UP_AGENT);
        assertThat(assign(shop, shop.customerId, advisor.id())).hasStatusOk();

        // The admin receives the car at the desk; the job is the customer's advisor's.
        String id = shop.receivedWithLines();
        MvcTestResult received = shop.get(id);
        assertThat(Api.<String>read(received, "$.advisorId"))
                .isEqualTo(advisor.id().toString());
        assertThat(Api.<String>read(received, "$.history[0].byUser"))
                .isEqualTo(shop.tenant.adminId().toString());
        assertThat(Api.<String>read(received, "$.history[0].note")).isEqualTo("测试用户");

        List<Map<String, Object>> book = Api.read(api.get(advisor.token(), "/api/v1/advisor-book"), "$.items");
        assertThat(book).singleElement().satisfies(entry -> {
            assertThat(((Map<?, ?>) entry.get("customer")).get("id")).isEqualTo(shop.customerId);
            assertThat(entry.get("openWorkOrders")).isEqualTo(1);
            assertThat(entry.get("openFollowUps")).isEqualTo(0);
        });

        shop.approveDispatchAndStart(id);
        shop.finishAndDeliver(id);
        Map<String, Object> followUp = FeedbackApiIntegrationTests.followUpOf(shop, id);
        assertThat(followUp.get("agentId")).isEqualTo(advisor.id().toString());

        book = Api.read(api.get(advisor.token(), "/api/v1/advisor-book"), "$.items");
        assertThat(book).singleElement().satisfies(entry -> {
            assertThat(entry.get("openWorkOrders")).isEqualTo(0);
            assertThat(entry.get("openFollowUps")).isEqualTo(1);
        });
        // Another advisor may not read this book; a manager may.
        Api.User other = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SERVICE_ADVISOR);
        assertThat(api.get(other.token(), "/api/v1/advisor-book?advisorId={a}", advisor.id()))
                .hasStatus(403);
        assertThat(api.get(shop.admin(), "/api/v1/advisor-book?advisorId={a}", advisor.id()))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(1);
    }

    @Test
    void anAdvisorOfAnotherStoreOrOneWhoLeftLeavesTheJobToWhoeverReceivesIt() {
        Workshop shop = new Workshop(api);
        StoreId elsewhere = new StoreId(UUID.fromString(
                Api.read(api.post(shop.admin(), "/api/v1/stores", "{\"code\":\"B2\",\"name\":\"二店\"}"), "$.id")));
        Api.User away = api.newUser(shop.tenant, List.of(elsewhere), Role.SERVICE_ADVISOR);
        assertThat(assign(shop, shop.customerId, away.id())).hasStatusOk();

        MvcTestResult received = shop.receive("MAINTENANCE");
        assertThat(received).hasStatus(201);
        assertThat(Api.<String>read(received, "$.advisorId"))
                .isEqualTo(shop.tenant.adminId().toString());

        // Asking for an advisor who does not work at the store is refused, and nothing opens.
        long before = Api.<Number>read(
                        api.get(shop.admin(), "/api/v1/work-orders?customerId={c}", shop.customerId), "$.total")
                .longValue();
        MvcTestResult refused = api.post(shop.admin(), "/api/v1/work-orders", """
                {"storeId":"%s","customerId":"%s","assetId":"%s","serviceType":"REPAIR","complaint":"异响",
                 "advisorId":"%s"}
                """.formatted(
                        shop.tenant.storeId(), shop.customerId, shop.assetId, away.id()));
        assertProblem(refused, 400, "invalid-input");
        assertThat(Api.<String>read(refused, "$.errors[0].field")).isEqualTo("advisorId");
        assertThat(Api.<Number>read(
                                api.get(shop.admin(), "/api/v1/work-orders?customerId={c}", shop.customerId), "$.total")
                        .longValue())
                .isEqualTo(before);

        // One who left keeps their customers until they are handed over, but receives nothing more.
        Api.User here = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SERVICE_ADVISOR);
        assertThat(assign(shop, shop.customerId, here.id())).hasStatusOk();
        assertThat(api.post(shop.admin(), "/api/v1/users/{id}/deactivate", "", here.id()))
                .hasStatusOk();
        assertThat(advisorOf(shop, shop.customerId)).isEqualTo(here.id().toString());
        assertThat(Api.<String>read(shop.receive("REPAIR"), "$.advisorId"))
                .isEqualTo(shop.tenant.adminId().toString());
    }

    @Test
    void onlyAnActiveServiceAdvisorOfTheOrganisationCanBeACustomersOwn() {
        Workshop shop = new Workshop(api);
        Workshop theirs = new Workshop(api);
        Api.User advisor = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SERVICE_ADVISOR);
        Api.User stranger = api.newUser(theirs.tenant, List.of(theirs.tenant.storeId()), Role.SERVICE_ADVISOR);
        assertThat(assign(shop, shop.customerId, advisor.id())).hasStatusOk();

        for (Object wrong : List.of(shop.technician.id(), stranger.id(), UUID.randomUUID())) {
            MvcTestResult refused = assign(shop, shop.customerId, wrong);
            assertProblem(refused, 400, "invalid-input");
            assertThat(Api.<String>read(refused, "$.errors[0].field")).isEqualTo("advisorId");
            assertThat(advisorOf(shop, shop.customerId)).isEqualTo(advisor.id().toString());
        }
        assertThat(api.put(shop.admin(), "/api/v1/customers/{id}/advisor", "{\"advisorId\":\"x\"}", shop.customerId))
                .hasStatus(400);
        // A technician may not give customers advisors; another organisation does not find the customer.
        assertThat(api.put(
                        shop.technician.token(),
                        "/api/v1/customers/{id}/advisor",
                        "{\"advisorId\":null}",
                        shop.customerId))
                .hasStatus(403);
        assertThat(assign(theirs, shop.customerId, stranger.id())).hasStatus(404);
        assertThat(advisorOf(shop, shop.customerId)).isEqualTo(advisor.id().toString());
        // The other organisation's manager sees nobody in this advisor's book.
        assertThat(api.get(theirs.admin(), "/api/v1/advisor-book?advisorId={a}", advisor.id()))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);

        assertThat(assign(shop, shop.customerId, null)).hasStatusOk();
        assertThat(advisorOf(shop, shop.customerId)).isNull();
    }

    @Test
    void aLeavingAdvisorsCustomersAreSpreadEvenlyOverTheAdvisorsNamed() {
        Workshop shop = new Workshop(api);
        List<StoreId> store = List.of(shop.tenant.storeId());
        Api.User leaving = api.newUser(shop.tenant, store, Role.SERVICE_ADVISOR);
        Api.User busy = api.newUser(shop.tenant, store, Role.SERVICE_ADVISOR);
        Api.User idle = api.newUser(shop.tenant, store, Role.SERVICE_ADVISOR);
        List<String> leavers = List.of("甲", "乙", "丙", "丁", "戊").stream()
                .map(name -> newCustomer(shop, name))
                .toList();
        leavers.forEach(id -> assertThat(assign(shop, id, leaving.id())).hasStatusOk());
        assertThat(assign(shop, newCustomer(shop, "己"), busy.id())).hasStatusOk();
        long unassigned = customersOf(shop, null);

        // Refused, changing nothing: nobody to hand over to, to the same advisor, to a technician, by an advisor.
        String json = "{\"fromAdvisorId\":\"%s\",\"toAdvisorIds\":%s}";
        assertProblem(
                api.post(shop.admin(), "/api/v1/customers/advisor-handovers", json.formatted(leaving.id(), "[]")),
                400,
                "invalid-input");
        assertProblem(
                api.post(
                        shop.admin(),
                        "/api/v1/customers/advisor-handovers",
                        json.formatted(leaving.id(), "[\"" + leaving.id() + "\"]")),
                400,
                "invalid-input");
        assertProblem(
                api.post(
                        shop.admin(),
                        "/api/v1/customers/advisor-handovers",
                        json.formatted(leaving.id(), "[\"" + idle.id() + "\",\"" + shop.technician.id() + "\"]")),
                400,
                "invalid-input");
        assertThat(api.post(
                        busy.token(),
                        "/api/v1/customers/advisor-handovers",
                        json.formatted(leaving.id(), "[\"" + busy.id() + "\"]")))
                .hasStatus(403);
        assertThat(customersOf(shop, leaving.id())).isEqualTo(5);
        assertThat(customersOf(shop, idle.id())).isZero();

        MvcTestResult done = api.post(
                shop.admin(),
                "/api/v1/customers/advisor-handovers",
                json.formatted(leaving.id(), "[\"" + busy.id() + "\",\"" + idle.id() + "\"]"));
        assertThat(done).hasStatusOk();
        assertThat(Api.<Integer>read(done, "$.moved")).isEqualTo(5);
        assertThat(Api.<Integer>read(done, "$.perAdvisor['" + busy.id() + "']")).isEqualTo(2);
        assertThat(Api.<Integer>read(done, "$.perAdvisor['" + idle.id() + "']")).isEqualTo(3);
        assertThat(customersOf(shop, leaving.id())).isZero();
        assertThat(customersOf(shop, busy.id())).isEqualTo(3);
        assertThat(customersOf(shop, idle.id())).isEqualTo(3);
        assertThat(customersOf(shop, null)).isEqualTo(unassigned);
        assertThat(leavers.stream().map(id -> advisorOf(shop, id)))
                .allMatch(id ->
                        id.equals(busy.id().toString()) || id.equals(idle.id().toString()));

        // Without a from: every customer without an advisor gets one.
        MvcTestResult everyone = api.post(
                shop.admin(), "/api/v1/customers/advisor-handovers", "{\"toAdvisorIds\":[\"" + idle.id() + "\"]}");
        assertThat(Api.<Integer>read(everyone, "$.moved")).isEqualTo((int) unassigned);
        assertThat(customersOf(shop, null)).isZero();
        assertThat(advisorOf(shop, shop.customerId)).isEqualTo(idle.id().toString());
    }

    @Test
    void inTheBrowserTheDeskGivesACustomerAnAdvisorAndAManagerHandsOverAndReadsTheirBook() {
        Workshop shop = new Workshop(api);
        List<StoreId> store = List.of(shop.tenant.storeId());
        Api.User first = api.newUser(shop.tenant, store, Role.SERVICE_ADVISOR);
        Api.User second = api.newUser(shop.tenant, store, Role.SERVICE_ADVISOR);
        UserDetails admin = api.signedIn(shop.tenant.adminUsername());

        assertThat(mvc.post()
                        .uri("/customers/{id}/advisor", shop.customerId)
                        .param("advisorId", first.id().toString())
                        .with(user(admin))
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(advisorOf(shop, shop.customerId)).isEqualTo(first.id().toString());
        assertThat(mvc.get()
                        .uri("/customers/{id}", shop.customerId)
                        .with(user(admin))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("专属顾问");

        assertThat(mvc.post()
                        .uri("/customers/advisors/handover")
                        .param("fromAdvisorId", first.id().toString())
                        .param("toAdvisorIds", second.id().toString())
                        .with(user(admin))
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("handedOver", 1);
        assertThat(advisorOf(shop, shop.customerId)).isEqualTo(second.id().toString());
        assertThat(mvc.get()
                        .uri("/advisor-book?advisorId={a}", second.id())
                        .with(user(admin))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("张伟")
                .contains("/customers/" + shop.customerId);
        // The advisor's own book, without naming them.
        assertThat(mvc.get()
                        .uri("/advisor-book")
                        .with(user(api.signedIn(second.username())))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("张伟");
    }
}
