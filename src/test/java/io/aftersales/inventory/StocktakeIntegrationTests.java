package io.aftersales.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class StocktakeIntegrationTests {

    @Autowired
    Api api;

    private static long version(MvcTestResult result) {
        return ((Number) Api.read(result, "$.version")).longValue();
    }

    @Test
    void countedVariancesArePostedAsStocktakeMovementsWhenSomeoneElseApproves() {
        Api.Tenant tenant = api.newTenant();
        Api.User clerk = api.newUser(tenant, List.of(tenant.storeId()), Role.PARTS_CLERK);
        String a = InventoryApiIntegrationTests.newPart(api, tenant.adminToken());
        String b = InventoryApiIntegrationTests.newPart(api, tenant.adminToken());
        for (String part : List.of(a, b)) {
            api.post(tenant.adminToken(), "/api/v1/stock/receipts", """
                    {"storeId":"%s","partId":"%s","quantity":5,"unitCost":20}
                    """.formatted(tenant.storeId(), part));
        }
        MvcTestResult sheet =
                api.post(clerk.token(), "/api/v1/stocktakes", "{\"storeId\":\"" + tenant.storeId() + "\"}");
        assertThat(sheet).hasStatus(201);
        assertThat(Api.<List<String>>read(sheet, "$.lines[*].partId")).containsExactlyInAnyOrder(a, b);
        String id = Api.read(sheet, "$.id");

        MvcTestResult early =
                api.post(clerk.token(), "/api/v1/stocktakes/{id}/submit", "{\"version\":" + version(sheet) + "}", id);
        assertThat(early).hasStatus(409);
        MvcTestResult counted =
                api.post(clerk.token(), "/api/v1/stocktakes/{id}/counts", """
                {"version":%d,"counts":[{"partId":"%s","counted":4},{"partId":"%s","counted":5}]}
                """.formatted(version(sheet), a, b), id);
        assertThat(counted).hasStatusOk();
        MvcTestResult submitted =
                api.post(clerk.token(), "/api/v1/stocktakes/{id}/submit", "{\"version\":" + version(counted) + "}", id);
        assertThat(Api.<String>read(submitted, "$.status")).isEqualTo("SUBMITTED");
        assertThat(api.post(
                        clerk.token(),
                        "/api/v1/stocktakes/{id}/approve",
                        "{\"version\":" + version(submitted) + "}",
                        id))
                .hasStatus(403);

        MvcTestResult approved = api.post(
                tenant.adminToken(), "/api/v1/stocktakes/{id}/approve", "{\"version\":" + version(submitted) + "}", id);
        assertThat(Api.<String>read(approved, "$.status")).isEqualTo("APPROVED");
        assertThat(((Number) Api.read(api.get(tenant.adminToken(), "/api/v1/stock?partId={p}", a), "$.items[0].onHand"))
                        .doubleValue())
                .isEqualTo(4.0);
        MvcTestResult ledger = api.get(tenant.adminToken(), "/api/v1/stock/movements?partId={p}", a);
        assertThat(Api.<String>read(ledger, "$.items[0].type")).isEqualTo("STOCKTAKE");
        assertThat(((Number) Api.read(ledger, "$.items[0].onHandChange")).doubleValue())
                .isEqualTo(-1.0);
        assertThat(Api.<List<String>>read(
                        api.get(tenant.adminToken(), "/api/v1/stock/movements?partId={p}", b), "$.items[*].type"))
                .containsExactly("RECEIPT");
    }
}
