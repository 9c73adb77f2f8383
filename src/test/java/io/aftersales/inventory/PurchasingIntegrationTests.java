package io.aftersales.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class PurchasingIntegrationTests {

    @Autowired
    Api api;

    private double stock(Workshop shop, String part, String field) {
        return ((Number) Api.read(
                        api.get(shop.admin(), "/api/v1/stock?storeId={s}&partId={p}", shop.tenant.storeId(), part),
                        "$.items[0]." + field))
                .doubleValue();
    }

    @Test
    void lowStockAndBackOrdersAreSuggestedOrderedAndReceivedIntoStockAtTheOrdersCost() {
        Workshop shop = new Workshop(api);
        String low = InventoryApiIntegrationTests.newPart(api, shop.admin());
        String waited = InventoryApiIntegrationTests.newPart(api, shop.admin());
        api.post(shop.admin(), "/api/v1/stock/receipts", """
                {"storeId":"%s","partId":"%s","quantity":2,"unitCost":100}
                """.formatted(shop.tenant.storeId(), low));
        api.put(shop.admin(), "/api/v1/stock/settings", """
                {"storeId":"%s","partId":"%s","reorderPoint":3,"reorderQuantity":10}
                """.formatted(shop.tenant.storeId(), low));
        String workOrder = Api.read(shop.receive("REPAIR"), "$.id");
        MvcTestResult line = api.post(shop.admin(), "/api/v1/work-orders/{id}/lines", """
                {"kind":"PART","description":"张紧器","quantity":4,"unitPrice":420,"payType":"CUSTOMER","partId":"%s"}
                """.formatted(waited), workOrder);
        assertThat(Api.<String>read(line, "$.lines[0].stock")).isEqualTo("BACK_ORDERED");

        MvcTestResult suggestions =
                api.get(shop.admin(), "/api/v1/purchase-suggestions?storeId={s}", shop.tenant.storeId());
        assertThat(Api.<List<String>>read(suggestions, "$[*].partId")).containsExactlyInAnyOrder(low, waited);
        assertThat(Api.<List<Number>>read(suggestions, "$[?(@.partId=='" + low + "')].suggested")
                        .get(0)
                        .doubleValue())
                .isEqualTo(10.0);
        assertThat(Api.<List<Number>>read(suggestions, "$[?(@.partId=='" + waited + "')].suggested")
                        .get(0)
                        .doubleValue())
                .isEqualTo(4.0);

        MvcTestResult order = api.post(
                shop.admin(), "/api/v1/purchase-orders/from-suggestions", """
                {"storeId":"%s","supplier":"上汽大众授权配件中心"}
                """.formatted(shop.tenant.storeId()));
        assertThat(order).hasStatus(201);
        assertThat(Api.<String>read(order, "$.status")).isEqualTo("DRAFT");
        // What is on order is not suggested again.
        assertThat(Api.<List<String>>read(
                        api.get(shop.admin(), "/api/v1/purchase-suggestions?storeId={s}", shop.tenant.storeId()),
                        "$[*].partId"))
                .isEmpty();
        String id = Api.read(order, "$.id");
        MvcTestResult early = api.post(
                shop.admin(),
                "/api/v1/purchase-orders/{id}/receive",
                """
                {"version":%d,"lines":[{"partId":"%s","quantity":1}]}
                """.formatted(((Number) Api.read(order, "$.version")).longValue(), low),
                id);
        assertThat(early).hasStatus(409);
        MvcTestResult sent = api.post(
                shop.admin(),
                "/api/v1/purchase-orders/{id}/send",
                "{\"version\":" + ((Number) Api.read(order, "$.version")).longValue() + "}",
                id);
        assertThat(Api.<String>read(sent, "$.status")).isEqualTo("SENT");

        MvcTestResult partly = api.post(
                shop.admin(),
                "/api/v1/purchase-orders/{id}/receive",
                """
                {"version":%d,"lines":[{"partId":"%s","quantity":4}]}
                """.formatted(((Number) Api.read(sent, "$.version")).longValue(), waited),
                id);
        assertThat(Api.<String>read(partly, "$.status")).isEqualTo("PARTLY_RECEIVED");
        assertThat(stock(shop, waited, "onHand")).isEqualTo(4.0);
        MvcTestResult tooMuch = api.post(
                shop.admin(),
                "/api/v1/purchase-orders/{id}/receive",
                """
                {"version":%d,"lines":[{"partId":"%s","quantity":11}]}
                """.formatted(((Number) Api.read(partly, "$.version")).longValue(), low),
                id);
        assertThat(tooMuch).hasStatus(400);
        MvcTestResult done = api.post(
                shop.admin(),
                "/api/v1/purchase-orders/{id}/receive",
                """
                {"version":%d,"lines":[{"partId":"%s","quantity":10}]}
                """.formatted(((Number) Api.read(partly, "$.version")).longValue(), low),
                id);
        assertThat(Api.<String>read(done, "$.status")).isEqualTo("RECEIVED");
        assertThat(stock(shop, low, "onHand")).isEqualTo(12.0);
        MvcTestResult ledger = api.get(shop.admin(), "/api/v1/stock/movements?partId={p}", low);
        assertThat(Api.<String>read(ledger, "$.items[0].type")).isEqualTo("RECEIPT");
        assertThat(Api.<String>read(ledger, "$.items[0].reason")).isEqualTo(Api.<String>read(order, "$.number"));
    }

    @Test
    void clerksOrderingAtTheSameMomentEachGetTheirOwnNumber() throws Exception {
        Workshop shop = new Workshop(api);
        String part = InventoryApiIntegrationTests.newPart(api, shop.admin());
        String order = """
                {"storeId":"%s","supplier":"授权配件中心","lines":[{"partId":"%s","quantity":2,"unitCost":50}]}
                """.formatted(shop.tenant.storeId(), part);
        int clerks = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clerks);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MvcTestResult>> answers = new ArrayList<>();
        for (int i = 0; i < clerks; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return api.post(shop.admin(), "/api/v1/purchase-orders", order);
            }));
        }
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<MvcTestResult> answer : answers) {
            MvcTestResult result = answer.get();
            assertThat(result).hasStatus(201);
            numbers.add(Api.read(result, "$.number"));
        }
        pool.shutdown();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(clerks).allMatch(n -> n.matches("PO-\\d{8}-\\d{3}"));
    }
}
