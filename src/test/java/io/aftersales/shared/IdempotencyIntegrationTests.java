package io.aftersales.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Idempotency-Key on API POSTs: a replay answers as the first request did and changes nothing. */
@IntegrationTest
class IdempotencyIntegrationTests {

    @Autowired
    Api api;

    private static String reception(Workshop shop, String complaint) {
        return """
                {"storeId":"%s","customerId":"%s","assetId":"%s","serviceType":"REPAIR","complaint":"%s"}
                """.formatted(shop.tenant.storeId(), shop.customerId, shop.assetId, complaint);
    }

    private int workOrders(Workshop shop) {
        return Api.read(api.get(shop.admin(), "/api/v1/work-orders?customerId={c}", shop.customerId), "$.total");
    }

    @Test
    void aReplayReturnsTheFirstResponseAndCreatesNothingMore() {
        Workshop shop = new Workshop(api);
        String key = UUID.randomUUID().toString();

        MvcTestResult first = api.postWithKey(shop.admin(), key, "/api/v1/work-orders", reception(shop, "异响"));
        MvcTestResult again = api.postWithKey(shop.admin(), key, "/api/v1/work-orders", reception(shop, "异响"));

        assertThat(first).hasStatus(201);
        assertThat(again).hasStatus(201);
        assertThat(again.getResponse().getHeader("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.getResponse().getHeader("Location"))
                .isEqualTo(first.getResponse().getHeader("Location"));
        assertThat(Api.<String>read(again, "$.id")).isEqualTo(Api.read(first, "$.id"));
        assertThat(Api.<String>read(again, "$.number")).isEqualTo(Api.read(first, "$.number"));
        assertThat(workOrders(shop)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422() {
        Workshop shop = new Workshop(api);
        String key = UUID.randomUUID().toString();
        api.postWithKey(shop.admin(), key, "/api/v1/work-orders", reception(shop, "异响"));

        MvcTestResult other = api.postWithKey(shop.admin(), key, "/api/v1/work-orders", reception(shop, "漏油"));

        assertThat(other).hasStatus(422);
        assertThat(other.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(Api.<String>read(other, "$.code")).isEqualTo("idempotency-key-reused");
        assertThat(workOrders(shop)).isEqualTo(1);
    }

    @Test
    void anotherUsersRequestWithTheSameKeyIsRefusedAndNeverGetsTheFirstAnswer() {
        Workshop shop = new Workshop(api);
        String key = UUID.randomUUID().toString();
        MvcTestResult first = api.postWithKey(shop.admin(), key, "/api/v1/work-orders", reception(shop, "异响"));
        Api.User advisor = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SERVICE_ADVISOR);

        MvcTestResult other = api.postWithKey(advisor.token(), key, "/api/v1/work-orders", reception(shop, "异响"));

        assertThat(other).hasStatus(422);
        assertThat(Api.<String>read(other, "$.code")).isEqualTo("idempotency-key-reused");
        assertThat(Api.body(other)).doesNotContain(Api.<String>read(first, "$.id"));
        assertThat(workOrders(shop)).isEqualTo(1);
    }

    @Test
    void endpointsThatNeedAKeyRefuseARequestWithoutOneAndOthersDoNot() {
        Workshop shop = new Workshop(api);

        MvcTestResult noKey = api.postWithKey(shop.admin(), null, "/api/v1/work-orders", reception(shop, "异响"));
        MvcTestResult noKeyReservation = api.postWithKey(
                shop.admin(), null, "/api/v1/stock/reservations", "{\"storeId\":\"" + shop.tenant.storeId() + "\"}");
        MvcTestResult customerWithoutKey = api.postWithKey(shop.admin(), null, "/api/v1/customers", """
                {"type":"PERSON","name":"王芳","phones":["13800001111"]}
                """);

        assertThat(noKey).hasStatus(400);
        assertThat(Api.<String>read(noKey, "$.code")).isEqualTo("idempotency-key-missing");
        assertThat(noKeyReservation).hasStatus(400);
        assertThat(customerWithoutKey).hasStatus(201);
        assertThat(workOrders(shop)).isZero();
    }

    @Test
    void aFailedRequestIsNotRememberedSoItsKeyCanBeRetried() {
        Workshop shop = new Workshop(api);
        String key = UUID.randomUUID().toString();

        MvcTestResult refused = api.postWithKey(shop.admin(), key, "/api/v1/work-orders", reception(shop, ""));
        MvcTestResult retried = api.postWithKey(shop.admin(), key, "/api/v1/work-orders", reception(shop, "异响"));

        assertThat(refused).hasStatus(400);
        assertThat(retried).hasStatus(201);
        assertThat(retried.getResponse().getHeader("Idempotency-Replayed")).isNull();
        assertThat(workOrders(shop)).isEqualTo(1);
    }

    @Test
    void aRetryOfAReservationThatSucceededAnswersAsItDidEvenWhenStockHasRunOut() {
        Workshop shop = new Workshop(api);
        String part =
                Api.read(api.post(shop.admin(), "/api/v1/parts", """
                        {"number":"IDEM%d","name":"机油滤清器","genuine":true,"cost":10,"listPrice":15}
                        """.formatted(System.nanoTime() % 1_000_000)), "$.id");
        assertThat(api.post(shop.admin(), "/api/v1/stock/receipts", """
                        {"storeId":"%s","partId":"%s","quantity":1,"unitCost":10}
                        """.formatted(shop.tenant.storeId(), part)))
                .hasStatus(201);
        String reserve = "{\"storeId\":\"%s\",\"partId\":\"%s\",\"quantity\":1}".formatted(shop.tenant.storeId(), part);
        String key = UUID.randomUUID().toString();

        MvcTestResult first = api.postWithKey(shop.admin(), key, "/api/v1/stock/reservations", reserve);
        MvcTestResult other = api.post(shop.admin(), "/api/v1/stock/reservations", reserve);
        MvcTestResult retry = api.postWithKey(shop.admin(), key, "/api/v1/stock/reservations", reserve);

        assertThat(first).hasStatus(201);
        assertThat(other).hasStatus(409);
        assertThat(retry).hasStatus(201);
        assertThat(retry.getResponse().getHeader("Idempotency-Replayed")).isEqualTo("true");
        assertThat(Api.<String>read(retry, "$.id")).isEqualTo(Api.read(first, "$.id"));
        assertThat(Api.<Number>read(
                                api.get(
                                        shop.admin(),
                                        "/api/v1/stock?storeId={s}&partId={p}",
                                        shop.tenant.storeId(),
                                        part),
                                "$.items[0].reserved")
                        .doubleValue())
                .isEqualTo(1.0);
    }

    @Test
    void concurrentRequestsWithOneKeyMakeOneWorkOrder() throws Exception {
        Workshop shop = new Workshop(api);
        String key = UUID.randomUUID().toString();
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MvcTestResult>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return api.postWithKey(shop.admin(), key, "/api/v1/work-orders", reception(shop, "异响"));
            }));
        }
        start.countDown();
        List<String> ids = new ArrayList<>();
        for (Future<MvcTestResult> answer : answers) {
            MvcTestResult result = answer.get();
            assertThat(result).hasStatus(201);
            ids.add(Api.read(result, "$.id"));
        }
        pool.shutdown();

        assertThat(ids).containsOnly(ids.get(0));
        assertThat(workOrders(shop)).isEqualTo(1);
    }
}
