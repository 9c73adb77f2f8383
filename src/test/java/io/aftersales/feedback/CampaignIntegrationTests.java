package io.aftersales.feedback;

import static io.aftersales.feedback.FeedbackApiIntegrationTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Campaigns: only the segment's customers who consented to the channel, once each, and an opt-out takes back what has
 * not gone. The outbox runs only when the test says so (as in {@link OutboxIntegrationTests}).
 */
@IntegrationTest
@TestPropertySource(properties = "aftersales.feedback.outbox-interval=PT1H")
class CampaignIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    private String customer(Workshop shop, String name, List<String> tags, String... consents) {
        String id = Api.read(
                api.post(shop.admin(), "/api/v1/customers", """
                        {"type":"PERSON","name":"%s","phones":["137%08d"],"wechatId":"wx_%s","tags":[%s]}
                        """.formatted(
                        name,
                        ThreadLocalRandom.current().nextInt(100_000_000),
                        UUID.randomUUID().toString().substring(0, 8),
                        String.join(",", tags.stream().map(t -> "\"" + t + "\"").toList()))),
                "$.customer.id");
        for (String channel : consents) {
            consent(shop, id, channel, true);
        }
        return id;
    }

    private void consent(Workshop shop, String customerId, String channel, boolean granted) {
        assertThat(api.post(
                        shop.admin(),
                        "/api/v1/customers/{id}/consents",
                        "{\"channel\":\"%s\",\"granted\":%s}".formatted(channel, granted),
                        customerId))
                .hasStatusOk();
    }

    private String campaign(Workshop shop, String segmentId, String channel) {
        var created = api.post(shop.admin(), "/api/v1/campaigns", """
                {"name":"VIP 保养季","segmentId":"%s","channel":"%s","subject":"保养季","body":"{name}您好，VIP 保养 8 折。"}
                """.formatted(segmentId, channel));
        assertThat(created).hasStatus(201);
        return Api.read(created, "$.id");
    }

    private Map<String, Object> sent(Workshop shop, String campaignId) {
        campaigns.launchDue();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.<String>read(api.get(shop.admin(), "/api/v1/campaigns/{id}", campaignId), "$.status")
                        .equals("SENT"));
        return Api.read(api.get(shop.admin(), "/api/v1/campaigns/{id}", campaignId), "$");
    }

    private Map<String, String> statusByCustomer(String campaignId) {
        Map<String, String> statuses = new java.util.HashMap<>();
        jdbc.query(
                "select r.customer_id, m.status from campaign_recipient r join outbound_message m on m.id = r.message_id"
                        + " where r.campaign_id = ?",
                row -> {
                    statuses.put(row.getString(1), row.getString(2));
                },
                UUID.fromString(campaignId));
        return statuses;
    }

    @Test
    void onlyTheSegmentsConsentingCustomersOnceEachAndAnOptOutTakesBackWhatHasNotGone() {
        Workshop shop = new Workshop(api);
        // The workshop's customer: a VIP who agreed to SMS, and who will come back.
        Map<String, Object> own = Api.read(api.get(shop.admin(), "/api/v1/customers/{id}", shop.customerId), "$");
        assertThat(api.put(
                        shop.admin(),
                        "/api/v1/customers/{id}",
                        """
                        {"type":"PERSON","name":"张伟","phones":["%s"],"tags":["VIP"],"version":%s}
                        """.formatted(((List<?>) own.get("phones")).get(0), own.get("version")),
                        shop.customerId))
                .hasStatusOk();
        consent(shop, shop.customerId, "SMS", true);
        String optsOut = customer(shop, "王芳", List.of("VIP"), "SMS");
        String wechatOnly = customer(shop, "李强", List.of("VIP"), "WECHAT");
        String silent = customer(shop, "赵敏", List.of("VIP"));
        String outside = customer(shop, "钱进", List.of(), "SMS");
        String segment = Api.read(
                api.post(shop.admin(), "/api/v1/segments", "{\"name\":\"VIP\",\"rule\":{\"tags\":[\"VIP\"]}}"), "$.id");
        String id = campaign(shop, segment, "SMS");

        Map<String, Object> done = sent(shop, id);
        assertThat(statusByCustomer(id)).containsOnlyKeys(shop.customerId, optsOut);
        assertThat(statusByCustomer(id).values()).containsOnly("QUEUED");
        assertThat(Api.<Integer>read(api.get(shop.admin(), "/api/v1/campaigns/{id}", id), "$.results.recipients"))
                .isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "select body from outbound_message where reference_id = ?", String.class, UUID.fromString(id)))
                .containsExactlyInAnyOrder("张伟您好，VIP 保养 8 折。", "王芳您好，VIP 保养 8 折。");
        assertThat(done.get("launchedAt")).isNotNull();

        // Once each: nothing more when run again, nor when a restart left it half-sent.
        campaigns.launchDue();
        jdbc.update(
                "update campaign set status = 'SENDING', launched_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(1))),
                UUID.fromString(id));
        sent(shop, id);
        assertThat(statusByCustomer(id)).hasSize(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbound_message where reference_id = ?",
                        Integer.class,
                        UUID.fromString(id)))
                .isEqualTo(2);

        // The opt-out comes before the outbox sends: that message is taken back, the other goes.
        consent(shop, optsOut, "SMS", false);
        assertThat(statusByCustomer(id).get(optsOut)).isEqualTo("WITHDRAWN");
        outbox.sendDue();
        assertThat(statusByCustomer(id)).containsEntry(shop.customerId, "SENT").containsEntry(optsOut, "WITHDRAWN");
        Map<String, Object> results = Api.read(api.get(shop.admin(), "/api/v1/campaigns/{id}", id), "$.results");
        assertThat(results)
                .containsEntry("sent", 1)
                .containsEntry("withdrawn", 1)
                .containsEntry("queued", 0);

        // A later campaign leaves out who opted out; WeChat reaches only who agreed to WeChat.
        String again = campaign(shop, segment, "SMS");
        sent(shop, again);
        assertThat(statusByCustomer(again)).containsOnlyKeys(shop.customerId);
        String wechat = campaign(shop, segment, "WECHAT");
        sent(shop, wechat);
        assertThat(statusByCustomer(wechat)).containsOnlyKeys(wechatOnly);
        assertThat(new HashSet<>(List.of(silent, outside)))
                .doesNotContainAnyElementsOf(Set.copyOf(jdbc.queryForList(
                        "select cast(customer_id as varchar(36)) from campaign_recipient", String.class)));

        // Came back: a job delivered after the campaign counts, with what the customer paid.
        shop.deliveredRepair();
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        Api.<Integer>read(api.get(shop.admin(), "/api/v1/campaigns/{id}", id), "$.results.came") == 1);
        assertThat(Api.<Number>read(api.get(shop.admin(), "/api/v1/campaigns/{id}", id), "$.results.revenue")
                        .doubleValue())
                .isPositive();
    }

    @Test
    void badCampaignsAreRefusedAndOnlyManagersPlanOrCancel() {
        Workshop shop = new Workshop(api);
        Workshop theirs = new Workshop(api);
        String segment = Api.read(api.post(shop.admin(), "/api/v1/segments", "{\"name\":\"全部\",\"rule\":{}}"), "$.id");
        String json = """
                {"name":"%s","segmentId":"%s","channel":"%s","subject":"s","body":"%s"%s}
                """;
        assertThat(api.post(shop.admin(), "/api/v1/campaigns", json.formatted("", segment, "SMS", "b", "")))
                .hasStatus(400);
        assertThat(api.post(shop.admin(), "/api/v1/campaigns", json.formatted("a", segment, "FAX", "b", "")))
                .hasStatus(400);
        assertThat(api.post(shop.admin(), "/api/v1/campaigns", json.formatted("a", segment, "SMS", " ", "")))
                .hasStatus(400);
        assertThat(api.post(
                        shop.admin(),
                        "/api/v1/campaigns",
                        json.formatted("a", segment, "SMS", "b", ",\"scheduledAt\":\"2020-01-01T00:00:00Z\"")))
                .hasStatus(400);
        assertThat(api.post(theirs.admin(), "/api/v1/campaigns", json.formatted("a", segment, "SMS", "b", "")))
                .hasStatus(404);
        assertThat(Api.<Integer>read(api.get(shop.admin(), "/api/v1/campaigns"), "$.total"))
                .isZero();

        String later = Api.read(
                api.post(
                        shop.admin(),
                        "/api/v1/campaigns",
                        json.formatted(
                                "下月",
                                segment,
                                "SMS",
                                "b",
                                ",\"scheduledAt\":\"" + Instant.now().plus(Duration.ofDays(30)) + "\"")),
                "$.id");
        Api.User advisor = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SERVICE_ADVISOR);
        assertThat(api.get(advisor.token(), "/api/v1/campaigns/{id}", later)).hasStatusOk();
        assertThat(api.post(advisor.token(), "/api/v1/campaigns/{id}/cancel", "{\"version\":0}", later))
                .hasStatus(403);
        assertThat(api.get(theirs.admin(), "/api/v1/campaigns/{id}", later)).hasStatus(404);
        // The segment of a campaign still to be sent stays.
        assertProblem(api.delete(shop.admin(), "/api/v1/segments/{id}", segment), 409, "in-use");
        assertThat(api.post(shop.admin(), "/api/v1/campaigns/{id}/cancel", "{\"version\":5}", later))
                .hasStatus(409);
        assertThat(api.post(shop.admin(), "/api/v1/campaigns/{id}/cancel", "{\"version\":0}", later))
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("CANCELLED");
        assertProblem(
                api.post(shop.admin(), "/api/v1/campaigns/{id}/cancel", "{\"version\":1}", later),
                409,
                "illegal-transition");
        campaigns.launchDue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from campaign_recipient where campaign_id = ?",
                        Integer.class,
                        UUID.fromString(later)))
                .isZero();
        assertThat(api.delete(shop.admin(), "/api/v1/segments/{id}", segment)).hasStatus(204);
    }
}
