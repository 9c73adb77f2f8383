package io.aftersales.feedback;

import static io.aftersales.feedback.FeedbackApiIntegrationTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.TestVins;
import io.aftersales.support.Workshop;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Customer segments: a segment holds exactly the customers its rule selects, counted now. */
@IntegrationTest
class SegmentIntegrationTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    Api api;

    /** A customer as made, with what the rules look at. */
    record Made(String id, String tier, Set<String> tags, String region, String brand, LocalDate bought, int mileage) {

        int age() {
            return Period.between(bought, TODAY).getYears();
        }
    }

    private List<Made> customers(Api.Tenant tenant, int count) {
        Random random = new Random(20);
        List<String> tiers = List.of("STANDARD", "SILVER", "GOLD");
        List<String> tags = List.of("车队", "VIP", "网约车");
        List<String> regions = List.of("310115", "310104", "110101");
        List<String> brands = List.of("大众", "丰田", "比亚迪");
        List<Made> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String tier = tiers.get(random.nextInt(tiers.size()));
            Set<String> tagged =
                    tags.stream().filter(t -> random.nextInt(3) == 0).collect(Collectors.toSet());
            String region = regions.get(random.nextInt(regions.size()));
            MvcTestResult created = api.post(tenant.adminToken(), "/api/v1/customers", """
                    {"type":"PERSON","name":"客户%d","phones":["135%08d"],"tier":"%s","tags":[%s],
                     "addresses":[{"regionCode":"%s","detail":"1号"}]}
                    """.formatted(
                            i,
                            random.nextInt(100_000_000),
                            tier,
                            tagged.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(",")),
                            region));
            assertThat(created).hasStatus(201);
            String id = Api.read(created, "$.customer.id");
            String brand = brands.get(random.nextInt(brands.size()));
            LocalDate bought = TODAY.minusYears(random.nextInt(9)).minusDays(random.nextInt(360));
            int mileage = random.nextInt(200_000);
            assertThat(api.post(tenant.adminToken(), "/api/v1/assets", """
                            {"customerId":"%s","kind":"VEHICLE","vin":"%s","plate":"%s","brand":"%s","model":"车型",
                             "purchaseDate":"%s","mileage":%d}
                            """.formatted(
                                    id, TestVins.next(), TestVins.plate(), brand, bought, mileage)))
                    .hasStatus(201);
            made.add(new Made(id, tier, tagged, region, brand, bought, mileage));
        }
        return made;
    }

    private Set<String> members(String token, String segmentId) {
        List<String> ids =
                Api.read(api.get(token, "/api/v1/segments/{id}/customers?size=200", segmentId), "$.items[*].id");
        return new HashSet<>(ids);
    }

    private String create(String token, String name, String rule) {
        MvcTestResult created =
                api.post(token, "/api/v1/segments", "{\"name\":\"%s\",\"rule\":%s}".formatted(name, rule));
        assertThat(created).hasStatus(201);
        return Api.read(created, "$.id");
    }

    @Test
    void eachSegmentHoldsExactlyTheCustomersItsRuleSelects() {
        Api.Tenant tenant = api.newTenant();
        List<Made> made = customers(tenant, 40);
        String token = tenant.adminToken();
        Map<String, Predicate<Made>> rules = Map.of(
                "{\"tiers\":[\"GOLD\"],\"tags\":[\"VIP\",\"车队\"]}",
                m -> m.tier().equals("GOLD")
                        && (m.tags().contains("VIP") || m.tags().contains("车队")),
                "{\"regionCode\":\"310000\",\"brand\":\"大众\",\"minVehicleAge\":3}",
                m -> m.region().startsWith("31") && m.brand().equals("大众") && m.age() >= 3,
                "{\"maxVehicleAge\":2,\"maxMileage\":100000}",
                m -> m.age() <= 2 && m.mileage() <= 100_000,
                "{\"minVehicleAge\":2,\"maxVehicleAge\":5,\"minMileage\":50000,\"regionCode\":\"310104\"}",
                m -> m.age() >= 2
                        && m.age() <= 5
                        && m.mileage() >= 50_000
                        && m.region().equals("310104"),
                "{}",
                m -> true);
        int n = 0;
        for (var rule : rules.entrySet()) {
            Set<String> expected =
                    made.stream().filter(rule.getValue()).map(Made::id).collect(Collectors.toSet());
            String id = create(token, "细分" + n++, rule.getKey());

            assertThat(members(token, id)).as(rule.getKey()).isEqualTo(expected);
            assertThat(Api.<Integer>read(api.get(token, "/api/v1/segments/{id}", id), "$.customers"))
                    .as(rule.getKey())
                    .isEqualTo(expected.size());
            assertThat(Api.<Integer>read(api.post(token, "/api/v1/segments/count", rule.getKey()), "$.customers"))
                    .isEqualTo(expected.size());
        }
        assertThat(Api.<List<?>>read(api.get(token, "/api/v1/segments"), "$")).hasSize(rules.size());
        // Counted live: a tag added later puts the customer in.
        Made outside =
                made.stream().filter(m -> !m.tier().equals("GOLD")).findFirst().orElseThrow();
        String gold = create(token, "金卡", "{\"tiers\":[\"GOLD\"]}");
        long before = made.stream().filter(m -> m.tier().equals("GOLD")).count();
        assertThat(Api.<Integer>read(api.get(token, "/api/v1/segments/{id}", gold), "$.customers"))
                .isEqualTo((int) before);
        Map<String, Object> customer = Api.read(api.get(token, "/api/v1/customers/{id}", outside.id()), "$");
        assertThat(api.put(
                        token,
                        "/api/v1/customers/{id}",
                        """
                        {"type":"PERSON","name":"%s","phones":["%s"],"tier":"GOLD","version":%s}
                        """.formatted(
                                        customer.get("name"),
                                        ((List<?>) customer.get("phones")).get(0),
                                        customer.get("version")),
                        outside.id()))
                .hasStatusOk();
        assertThat(members(token, gold)).contains(outside.id()).hasSize((int) before + 1);
    }

    @Test
    void visitsSpendAndServiceDueComeFromTheDeliveredJobs() {
        Workshop shop = new Workshop(api);
        String token = shop.admin();
        String idle = Api.read(
                api.post(
                        token,
                        "/api/v1/customers",
                        "{\"type\":\"PERSON\",\"name\":\"久未到店\",\"phones\":[\"13412345678\"]}"),
                "$.customer.id");
        String order = Api.read(shop.receive("MAINTENANCE"), "$.id");
        shop.addLine(order, "LABOR", "更换机油及机油滤清器", "0.5", "180", "CUSTOMER");
        shop.approveDispatchAndStart(order);
        shop.finishAndDeliver(order);

        String recent = create(token, "近 30 天到店", "{\"lastVisitMaxDays\":30}");
        String lapsed = create(token, "30 天未到店", "{\"lastVisitMinDays\":30}");
        String spenders = create(token, "消费满 1 元", "{\"minSpend\":1}");
        String due = create(token, "一年内保养到期", "{\"serviceDueDays\":400}");
        String dueSoon = create(token, "30 天内保养到期", "{\"serviceDueDays\":30}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(members(token, recent)).containsExactly(shop.customerId);
            assertThat(members(token, spenders)).containsExactly(shop.customerId);
            assertThat(members(token, due)).containsExactly(shop.customerId);
        });
        assertThat(members(token, lapsed)).containsExactly(idle);
        assertThat(members(token, dueSoon)).isEmpty();
    }

    @Test
    void badRulesAreRefusedAndChangeNothingAndOnlyManagersWrite() {
        Workshop shop = new Workshop(api);
        Workshop theirs = new Workshop(api);
        String token = shop.admin();
        String id = create(token, "车队客户", "{\"tags\":[\"车队\"]}");

        for (String rule : List.of(
                "{\"regionCode\":\"上海\"}", "{\"minVehicleAge\":5,\"maxVehicleAge\":2}", "{\"minMileage\":-1}")) {
            MvcTestResult refused =
                    api.post(token, "/api/v1/segments", "{\"name\":\"坏规则\",\"rule\":%s}".formatted(rule));
            assertThat(refused).as(rule).hasStatus(400);
            assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(api.post(token, "/api/v1/segments/count", rule)).as(rule).hasStatus(400);
        }
        assertThat(api.post(token, "/api/v1/segments", "{\"name\":\"x\",\"rule\":{\"minSpend\":\"abc\"}}"))
                .hasStatus(400);
        assertProblem(api.post(token, "/api/v1/segments", "{\"name\":\"车队客户\",\"rule\":{}}"), 409, "duplicate");
        assertThat(Api.<List<?>>read(api.get(token, "/api/v1/segments"), "$")).hasSize(1);

        // A stale version is refused; the right one changes the rule.
        assertThat(api.put(token, "/api/v1/segments/{id}", "{\"name\":\"车队\",\"rule\":{},\"version\":7}", id))
                .hasStatus(409);
        assertThat(api.put(token, "/api/v1/segments/{id}", "{\"name\":\"车队\",\"rule\":{},\"version\":0}", id))
                .hasStatusOk();

        Api.User agent = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.FOLLOW_UP_AGENT);
        assertThat(api.get(agent.token(), "/api/v1/segments/{id}/customers", id))
                .hasStatusOk();
        assertThat(api.post(agent.token(), "/api/v1/segments", "{\"name\":\"代理\",\"rule\":{}}"))
                .hasStatus(403);
        assertThat(api.delete(agent.token(), "/api/v1/segments/{id}", id)).hasStatus(403);
        assertThat(api.get(shop.technician.token(), "/api/v1/segments")).hasStatus(403);
        // Another organisation neither sees nor deletes it.
        assertThat(api.get(theirs.admin(), "/api/v1/segments/{id}", id)).hasStatus(404);
        assertThat(api.delete(theirs.admin(), "/api/v1/segments/{id}", id)).hasStatus(404);
        assertThat(api.delete(token, "/api/v1/segments/{id}", id)).hasStatus(204);
        assertThat(api.get(token, "/api/v1/segments/{id}", id)).hasStatus(404);
    }
}
