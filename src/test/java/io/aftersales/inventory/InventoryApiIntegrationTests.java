package io.aftersales.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class InventoryApiIntegrationTests {

    @Autowired
    Api api;

    static String newPart(Api api, String token) {
        MvcTestResult created = api.post(token, "/api/v1/parts", """
                {"number":"06K 109 %05d","name":"正时皮带张紧器","brand":"大众","genuine":true,"unit":"件",
                 "cost":280,"listPrice":420,"barcode":"69%011d"}
                """.formatted(
                        ThreadLocalRandom.current().nextInt(100_000),
                        ThreadLocalRandom.current().nextLong(100_000_000_000L)));
        assertThat(created).hasStatus(201);
        return Api.read(created, "$.id");
    }

    private MvcTestResult receive(String token, StoreId store, String part, int quantity, String cost) {
        return api.post(token, "/api/v1/stock/receipts", """
                {"storeId":"%s","partId":"%s","quantity":%d,"unitCost":%s}
                """.formatted(store, part, quantity, cost));
    }

    private MvcTestResult reserve(String token, StoreId store, String part, int quantity) {
        return api.post(token, "/api/v1/stock/reservations", """
                {"storeId":"%s","partId":"%s","quantity":%d}
                """.formatted(store, part, quantity));
    }

    private double stockField(String token, StoreId store, String part, String field) {
        MvcTestResult stock = api.get(token, "/api/v1/stock?storeId={s}&partId={p}", store, part);
        assertThat(stock).hasStatusOk();
        return ((Number) Api.read(stock, "$.items[0]." + field)).doubleValue();
    }

    private double ledgerSum(String token, StoreId store, String part) {
        List<Number> changes = Api.read(
                api.get(token, "/api/v1/stock/movements?storeId={s}&partId={p}&size=200", store, part),
                "$.items[*].onHandChange");
        return changes.stream().mapToDouble(Number::doubleValue).sum();
    }

    @Test
    void aReceiptThenAReservationAndItsReleaseAreRowsOfTheLedgerWithTheStockValue() {
        Api.Tenant tenant = api.newTenant();
        String token = tenant.adminToken();
        String part = newPart(api, token);
        assertThat(Api.<String>read(api.get(token, "/api/v1/parts/{id}", part), "$.number"))
                .matches("06K109\\d{5}");

        assertThat(receive(token, tenant.storeId(), part, 10, "280")).hasStatus(201);
        assertThat(receive(token, tenant.storeId(), part, 10, "300")).hasStatus(201);
        assertThat(stockField(token, tenant.storeId(), part, "averageCost")).isEqualTo(290.0);
        assertThat(stockField(token, tenant.storeId(), part, "stockValue")).isEqualTo(5800.0);

        MvcTestResult reserved = reserve(token, tenant.storeId(), part, 3);
        assertThat(reserved).hasStatus(201);
        assertThat(stockField(token, tenant.storeId(), part, "available")).isEqualTo(17.0);
        String reservation = Api.read(reserved, "$.id");
        assertThat(api.delete(token, "/api/v1/stock/reservations/{id}", reservation))
                .hasStatusOk();
        assertThat(stockField(token, tenant.storeId(), part, "reserved")).isZero();

        List<String> types = Api.read(api.get(token, "/api/v1/stock/movements?partId={p}", part), "$.items[*].type");
        assertThat(types).containsExactly("RELEASE", "RESERVE", "RECEIPT", "RECEIPT");
        assertThat(ledgerSum(token, tenant.storeId(), part))
                .isEqualTo(stockField(token, tenant.storeId(), part, "onHand"));
    }

    @Test
    void aStoresIdSentAsThePartIs404AndANullLineIs400NamingTheList() {
        Api.Tenant tenant = api.newTenant();
        String part = newPart(api, tenant.adminToken());
        assertThat(receive(tenant.adminToken(), tenant.storeId(), part, 1, "10"))
                .hasStatus(201);

        // The store is known by now; its id is still not a part (it was a database conflict, 409).
        assertThat(receive(
                        tenant.adminToken(), tenant.storeId(), tenant.storeId().toString(), 1, "10"))
                .hasStatus(404);

        MvcTestResult nullLine =
                api.post(tenant.adminToken(), "/api/v1/purchase-orders", """
                {"storeId":"%s","supplier":"上汽大众授权配件中心","lines":[null]}
                """.formatted(tenant.storeId()));
        assertThat(nullLine).hasStatus(400);
        assertThat(nullLine).hasContentType("application/problem+json");
        assertThat(Api.<List<String>>read(nullLine, "$.errors[*].field")).containsExactly("lines[0]");
        assertThat(Api.<Integer>read(api.get(tenant.adminToken(), "/api/v1/purchase-orders"), "$.total"))
                .isZero();
    }

    @Test
    void reservingMoreThanIsAvailableIs409NamingWhatIsAvailableAndChangesNothing() {
        Api.Tenant tenant = api.newTenant();
        String token = tenant.adminToken();
        String part = newPart(api, token);
        receive(token, tenant.storeId(), part, 4, "100");
        reserve(token, tenant.storeId(), part, 1);

        MvcTestResult refused = reserve(token, tenant.storeId(), part, 5);
        assertThat(refused).hasStatus(409);
        assertThat(Api.<String>read(refused, "$.type")).endsWith("insufficient-stock");
        assertThat(Api.<Number>read(refused, "$.available").doubleValue()).isEqualTo(3.0);
        assertThat(Api.<String>read(refused, "$.detail")).contains("3");
        assertThat(stockField(token, tenant.storeId(), part, "reserved")).isEqualTo(1.0);
        assertThat(Api.<List<String>>read(
                        api.get(token, "/api/v1/stock/movements?partId={p}", part), "$.items[*].type"))
                .hasSize(2);

        MvcTestResult tooMuchOut = api.post(token, "/api/v1/stock/adjustments", """
                {"storeId":"%s","partId":"%s","change":-4,"reason":"盘亏"}
                """.formatted(tenant.storeId(), part));
        assertThat(tooMuchOut).hasStatus(409);
        assertThat(stockField(token, tenant.storeId(), part, "onHand")).isEqualTo(4.0);
    }

    @Test
    void sixtyFourConcurrentReservationsOfOneAgainstTenExactlyTenSucceed() throws Exception {
        Api.Tenant tenant = api.newTenant();
        String token = tenant.adminToken();
        String part = newPart(api, token);
        receive(token, tenant.storeId(), part, 10, "50");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 64; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return reserve(token, tenant.storeId(), part, 1)
                            .getResponse()
                            .getStatus();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(10);
            assertThat(statuses.stream().filter(s -> s == 409)).hasSize(54);
        } finally {
            pool.shutdown();
        }
        assertThat(stockField(token, tenant.storeId(), part, "onHand")).isEqualTo(10.0);
        assertThat(stockField(token, tenant.storeId(), part, "reserved")).isEqualTo(10.0);
        assertThat(stockField(token, tenant.storeId(), part, "available")).isZero();
        List<String> types =
                Api.read(api.get(token, "/api/v1/stock/movements?partId={p}&size=200", part), "$.items[*].type");
        assertThat(types.stream().filter("RESERVE"::equals)).hasSize(10);
        assertThat(ledgerSum(token, tenant.storeId(), part)).isEqualTo(10.0);
    }

    @Test
    void aTransferBetweenTwoStoresMovesStockWithTwoLedgerRows() {
        Api.Tenant tenant = api.newTenant();
        String token = tenant.adminToken();
        StoreId second = new StoreId(UUID.fromString(
                Api.read(api.post(token, "/api/v1/stores", "{\"code\":\"T02\",\"name\":\"二号店\"}"), "$.id")));
        String part = newPart(api, token);
        receive(token, tenant.storeId(), part, 6, "80");

        MvcTestResult moved = api.post(token, "/api/v1/stock/transfers", """
                {"fromStoreId":"%s","toStoreId":"%s","partId":"%s","quantity":2,"reason":"调拨"}
                """.formatted(tenant.storeId(), second, part));
        assertThat(moved).hasStatus(201);
        assertThat(stockField(token, tenant.storeId(), part, "onHand")).isEqualTo(4.0);
        assertThat(stockField(token, second, part, "onHand")).isEqualTo(2.0);
        assertThat(stockField(token, second, part, "averageCost")).isEqualTo(80.0);
        List<String> types = Api.read(api.get(token, "/api/v1/stock/movements?partId={p}", part), "$.items[*].type");
        assertThat(types).containsExactlyInAnyOrder("TRANSFER_OUT", "TRANSFER_IN", "RECEIPT");
        assertThat(ledgerSum(token, second, part)).isEqualTo(2.0);
    }

    @Test
    void stockOfOneOrganisationIsInvisibleToAnotherAndToOtherStores() {
        Api.Tenant tenant = api.newTenant();
        String token = tenant.adminToken();
        String part = newPart(api, token);
        receive(token, tenant.storeId(), part, 5, "10");
        Api.Tenant other = api.newTenant();

        assertThat(api.get(other.adminToken(), "/api/v1/parts/{id}", part)).hasStatus(404);
        assertThat(Api.<List<Object>>read(
                        api.get(other.adminToken(), "/api/v1/stock?storeId={s}", tenant.storeId()), "$.items"))
                .isEmpty();
        assertThat(reserve(other.adminToken(), tenant.storeId(), part, 1)).hasStatus(404);
        assertThat(Api.<List<Object>>read(api.get(other.adminToken(), "/api/v1/stock"), "$.items"))
                .isEmpty();

        StoreId second = new StoreId(UUID.fromString(
                Api.read(api.post(token, "/api/v1/stores", "{\"code\":\"T02\",\"name\":\"二号店\"}"), "$.id")));
        Api.User clerk = api.newUser(tenant, List.of(second), Role.PARTS_CLERK);
        assertThat(reserve(clerk.token(), tenant.storeId(), part, 1)).hasStatus(404);
        assertThat(Api.<List<Object>>read(api.get(clerk.token(), "/api/v1/stock"), "$.items"))
                .isEmpty();
        assertThat(stockField(token, tenant.storeId(), part, "reserved")).isZero();
        assertThat(stockField(token, tenant.storeId(), part, "onHand")).isEqualTo(5.0);
    }
}
