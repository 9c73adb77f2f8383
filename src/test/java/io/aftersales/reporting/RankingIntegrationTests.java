package io.aftersales.reporting;

import static io.aftersales.feedback.FeedbackApiIntegrationTests.complete;
import static io.aftersales.feedback.FeedbackApiIntegrationTests.followUpOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
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
 * 星级技师: the month's ranking scored by the organisation's rule, checked against figures worked out by hand; the
 * rule changed by HQ only and only to weights adding up to 100; a technician sees their own place.
 */
@IntegrationTest
class RankingIntegrationTests {

    /** The zone organisations get by default (application.yml). */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    @Test
    void techniciansAreRankedByTheRuleAsWorkedOutByHand() {
        Workshop shop = new Workshop(api);
        Api.User other = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.TECHNICIAN);
        // 1,000 of output led by the shop's technician, 300 and 200 by the other; no hours clocked on any.
        String big = job(shop, shop.technician, "600", "400");
        String small = job(shop, other, "300", null);
        job(shop, other, "200", null);
        assertThat(complete(shop, followUpOf(shop, big), "\"reached\":true,\"score\":5"))
                .hasStatusOk();
        assertThat(complete(shop, followUpOf(shop, small), "\"reached\":true,\"score\":3"))
                .hasStatusOk();

        assertThat(api.put(shop.admin(), "/api/v1/reports/rankings/rule?role=TECHNICIAN", """
                        {"outputWeight":50,"efficiencyWeight":20,"comebackWeight":10,"csatWeight":20,"minJobs":1}
                        """))
                .hasStatusOk();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(Api.<List<Object>>read(ranking(shop.admin()), "$.people[*].csatPercent"))
                                .containsExactly(100.0, 0.0));

        MvcTestResult ranking = ranking(shop.admin());
        assertThat(Api.<Integer>read(ranking, "$.rule.minJobs")).isEqualTo(1);
        Map<String, Object> first = Api.read(ranking, "$.people[0]");
        // Output 100 points (the best), no efficiency (nothing clocked: left out), comebacks 100, CSAT 100:
        // (50 × 100 + 10 × 100 + 20 × 100) / 80 = 100.
        assertThat(first)
                .containsEntry("personId", shop.technician.id().toString())
                .containsEntry("rank", 1)
                .containsEntry("outputPoints", 100.0)
                .containsEntry("efficiencyPoints", null)
                .containsEntry("score", 100.0)
                .containsEntry("stars", 5);
        // Output 500 of 1,000 = 50 points, comebacks 100, CSAT 0 (a 3 of 5): (50 × 50 + 10 × 100 + 20 × 0) / 80.
        assertThat(Api.<Map<String, Object>>read(ranking, "$.people[1]"))
                .containsEntry("personId", other.id().toString())
                .containsEntry("rank", 2)
                .containsEntry("delivered", 2)
                .containsEntry("outputPoints", 50.0)
                .containsEntry("score", 43.8)
                .containsEntry("stars", 1);

        // With two jobs needed, the shop's technician is listed but not ranked, and the other is now the best.
        assertThat(api.put(shop.admin(), "/api/v1/reports/rankings/rule?role=TECHNICIAN", """
                        {"outputWeight":50,"efficiencyWeight":20,"comebackWeight":10,"csatWeight":20,"minJobs":2}
                        """))
                .hasStatusOk();
        MvcTestResult stricter = ranking(shop.admin());
        assertThat(Api.<Map<String, Object>>read(stricter, "$.people[0]"))
                .containsEntry("personId", other.id().toString())
                .containsEntry("rank", 1)
                .containsEntry("score", 75.0)
                .containsEntry("stars", 3);
        assertThat(Api.<Map<String, Object>>read(stricter, "$.people[1]"))
                .containsEntry("rank", null)
                .containsEntry("stars", 0);

        // A technician sees their own place only.
        MvcTestResult own = ranking(other.token());
        assertThat(Api.<List<String>>read(own, "$.people[*].personId"))
                .containsExactly(other.id().toString());
        assertThat(Api.<Integer>read(own, "$.people[0].rank")).isEqualTo(1);
        // The page shows the ranking and its rule.
        var admin = api.signedIn(shop.tenant.adminUsername());
        assertThat(mvc.get()
                        .uri("/reports/rankings?role=TECHNICIAN&month={m}", YearMonth.now(ZONE))
                        .with(user(admin))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("星级技师")
                .contains("测试用户")
                .contains("★★★☆☆")
                .contains("产值 50%");
        // The rule's form says what is wrong and changes nothing.
        assertThat(mvc.post()
                        .uri("/reports/rankings/rule")
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("role", "TECHNICIAN")
                        .param("outputWeight", "五十")
                        .param("efficiencyWeight", "20")
                        .param("comebackWeight", "10")
                        .param("csatWeight", "20")
                        .param("minJobs", "2")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("value=\"五十\"")
                .contains("is-invalid");
        assertThat(mvc.post()
                        .uri("/reports/rankings/rule")
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("role", "TECHNICIAN")
                        .param("outputWeight", "60")
                        .param("efficiencyWeight", "20")
                        .param("comebackWeight", "10")
                        .param("csatWeight", "20")
                        .param("minJobs", "2")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("各项权重之和必须为 100");
        assertThat(Api.<Integer>read(ranking(shop.admin()), "$.rule.outputWeight"))
                .isEqualTo(50);
        assertThat(mvc.post()
                        .uri("/reports/rankings/rule")
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("role", "TECHNICIAN")
                        .param("outputWeight", "60")
                        .param("efficiencyWeight", "10")
                        .param("comebackWeight", "10")
                        .param("csatWeight", "20")
                        .param("minJobs", "2")
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(Api.<Integer>read(ranking(shop.admin()), "$.rule.outputWeight"))
                .isEqualTo(60);
    }

    @Test
    void onlyHqAndAdminsSetTheRuleAndItsWeightsAddUpToAHundred() {
        Workshop shop = new Workshop(api);
        Api.User manager = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.STORE_MANAGER);
        String rule = """
                {"outputWeight":40,"efficiencyWeight":30,"comebackWeight":20,"csatWeight":10,"minJobs":3}
                """;
        assertThat(api.put(manager.token(), "/api/v1/reports/rankings/rule?role=ADVISOR", rule))
                .hasStatus(403);

        MvcTestResult uneven = api.put(shop.admin(), "/api/v1/reports/rankings/rule?role=ADVISOR", """
                {"outputWeight":40,"efficiencyWeight":30,"comebackWeight":20,"csatWeight":0,"minJobs":3}
                """);
        assertThat(uneven).hasStatus(400);
        assertThat(uneven.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(Api.<String>read(uneven, "$.errors[0].field")).isEqualTo("outputWeight");
        assertThat(api.put(shop.admin(), "/api/v1/reports/rankings/rule?role=ADVISOR", """
                        {"outputWeight":140,"efficiencyWeight":-30,"comebackWeight":-10,"csatWeight":0,"minJobs":0}
                        """))
                .hasStatus(400);
        // Nothing changed: still the usual rule.
        assertThat(Api.<Integer>read(
                        api.get(manager.token(), "/api/v1/reports/rankings/rule?role=ADVISOR"), "$.outputWeight"))
                .isEqualTo(50);

        assertThat(api.put(shop.admin(), "/api/v1/reports/rankings/rule?role=ADVISOR", rule))
                .hasStatusOk();
        assertThat(Api.<Integer>read(
                        api.get(manager.token(), "/api/v1/reports/rankings/rule?role=ADVISOR"), "$.outputWeight"))
                .isEqualTo(40);
        // Another organisation keeps its own rule and sees none of these people.
        Workshop other = new Workshop(api);
        assertThat(Api.<Integer>read(
                        api.get(other.admin(), "/api/v1/reports/rankings/rule?role=ADVISOR"), "$.outputWeight"))
                .isEqualTo(50);
        assertThat(Api.<List<?>>read(api.get(other.admin(), "/api/v1/reports/rankings?role=ADVISOR"), "$.people"))
                .isEmpty();
        Api.User clerk = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.PARTS_CLERK);
        assertThat(api.get(clerk.token(), "/api/v1/reports/rankings")).hasStatus(403);
        assertThat(api.get(shop.admin(), "/api/v1/reports/rankings?month=2999-01"))
                .hasStatus(400);
    }

    /** A repair led by {@code lead}: one labour hour at {@code labour} and a part at {@code part} when given. */
    private static String job(Workshop shop, Api.User lead, String labour, String part) {
        String id = shop.receiveBy(shop.admin(), shop.newVehicle(LocalDate.now().plusYears(2)), "REPAIR", null);
        shop.addLine(id, "LABOR", "检修", "1", labour, "CUSTOMER");
        if (part != null) {
            shop.addLine(id, "PART", "配件", "1", part, "CUSTOMER");
        }
        shop.deliverLedBy(id, lead);
        return id;
    }

    /** This month's ranking (left out, the month is the last one over). */
    private MvcTestResult ranking(String token) {
        return api.get(token, "/api/v1/reports/rankings?role=TECHNICIAN&month={m}", YearMonth.now(ZONE));
    }
}
