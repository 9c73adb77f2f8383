package io.aftersales.feedback;

import static io.aftersales.feedback.FeedbackApiIntegrationTests.followUpOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Messages to customers are queued with the change that wants them, retried until the channel takes them, never lost. */
@IntegrationTest
@Import(OutboxIntegrationTests.FlakyWeChat.class)
@TestPropertySource(properties = "aftersales.feedback.outbox-interval=PT1H")
class OutboxIntegrationTests {

    /** A WeChat provider that is down for its first two calls. */
    @TestConfiguration
    static class FlakyWeChat {

        static final List<String> delivered = new CopyOnWriteArrayList<>();
        static final AtomicInteger calls = new AtomicInteger();

        @Bean
        MessageChannel flakyWeChat() {
            return new MessageChannel() {
                @Override
                public Channel channel() {
                    return Channel.WECHAT;
                }

                @Override
                public void send(String recipient, String subject, String body) {
                    if (calls.incrementAndGet() <= 2) {
                        throw new IllegalStateException("WeChat gateway unavailable");
                    }
                    delivered.add(recipient + "|" + body);
                }
            };
        }
    }

    @Autowired
    Api api;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Object> message(UUID id) {
        return jdbc.queryForMap("select status, attempts, last_error from outbound_message where id = ?", id);
    }

    @Test
    void aSurveyLinkMessageIsRetriedUntilTheChannelTakesIt() {
        Workshop shop = new Workshop(api);
        api.put(
                shop.admin(),
                "/api/v1/customers/{id}",
                """
                {"type":"PERSON","name":"张伟","phones":["13912345678"],"wechatId":"wx_zhangwei","version":%s}
                """.formatted(Api.<Integer>read(
                        api.get(shop.admin(), "/api/v1/customers/{id}", shop.customerId), "$.version")),
                shop.customerId);
        Map<String, Object> followUp = followUpOf(shop, shop.deliveredRepair());
        String sent = Api.read(
                api.post(
                        shop.admin(),
                        "/api/v1/follow-ups/{id}/survey",
                        "{\"version\":" + followUp.get("version") + ",\"channel\":\"WECHAT\"}",
                        followUp.get("id")),
                "$.messageId");
        UUID id = UUID.fromString(sent);
        FlakyWeChat.calls.set(0);

        outbox.sendDue();
        assertThat(message(id)).containsEntry("status", "QUEUED").containsEntry("attempts", 1);
        assertThat((String) message(id).get("last_error")).contains("WeChat gateway unavailable");
        outbox.sendDue();
        assertThat(message(id).get("attempts")).isEqualTo(1);

        for (int attempt = 2; attempt <= 3; attempt++) {
            jdbc.update(
                    "update outbound_message set next_attempt_at = next_attempt_at - interval '1' hour where id = ?",
                    id);
            outbox.sendDue();
        }

        assertThat(message(id)).containsEntry("status", "SENT").containsEntry("attempts", 3);
        assertThat(FlakyWeChat.delivered)
                .singleElement()
                .asString()
                .startsWith("wx_zhangwei|")
                .contains("/s/");
    }
}
