package io.aftersales.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The catalogue, a part's stock and ledger, and the low-stock list in the browser. */
@IntegrationTest
class InventoryWebIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Api api;

    @Test
    void aClerkAddsAPartReceivesItAndSeesItLowOnTheStockList() {
        Api.Tenant tenant = api.newTenant();
        UserDetails admin = api.signedIn(tenant.adminUsername());
        assertThat(mvc.get().uri("/parts").with(user(admin)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("配件目录");

        MvcTestResult created = mvc.post()
                .uri("/parts")
                .param("number", "5q0 819 653")
                .param("name", "空调滤清器")
                .param("genuine", "true")
                .param("cost", "60")
                .param("listPrice", "128")
                .with(user(admin))
                .with(csrf())
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        String page = created.getResponse().getRedirectedUrl();
        String partId = page.substring(page.lastIndexOf('/') + 1);

        mvc.post()
                .uri(page + "/stock/receive")
                .param("storeId", tenant.storeId().toString())
                .param("quantity", "3")
                .param("unitCost", "60")
                .with(user(admin))
                .with(csrf())
                .exchange();
        mvc.post()
                .uri(page + "/stock/settings")
                .param("storeId", tenant.storeId().toString())
                .param("bin", "A-01-02")
                .param("reorderPoint", "5")
                .param("reorderQuantity", "10")
                .with(user(admin))
                .with(csrf())
                .exchange();
        MvcTestResult refused = mvc.post()
                .uri(page + "/stock/adjust")
                .param("storeId", tenant.storeId().toString())
                .param("quantity", "-9")
                .param("type", "ADJUSTMENT")
                .param("reason", "盘亏")
                .with(user(admin))
                .with(csrf())
                .exchange();
        assertThat(refused).flash().containsKey("failedText");

        assertThat(mvc.get().uri(page).with(user(admin)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("5Q0819653")
                .contains("入库")
                .contains("A-01-02")
                .contains("180.00");
        assertThat(mvc.get().uri("/stock?low=true").with(user(admin)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains(partId)
                .contains("低库存");
    }

    @Test
    void aLowPartIsOrderedSentAndReceivedFromThePurchasingPages() {
        Api.Tenant tenant = api.newTenant();
        UserDetails admin = api.signedIn(tenant.adminUsername());
        String part = InventoryApiIntegrationTests.newPart(api, tenant.adminToken());
        api.put(tenant.adminToken(), "/api/v1/stock/settings", """
                {"storeId":"%s","partId":"%s","reorderPoint":2,"reorderQuantity":6}
                """.formatted(tenant.storeId(), part));
        assertThat(mvc.get().uri("/purchase-orders").with(user(admin)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("采购建议")
                .contains(part);
        MvcTestResult created = mvc.post()
                .uri("/purchase-orders/from-suggestions")
                .param("supplier", "授权配件中心")
                .with(user(admin))
                .with(csrf())
                .exchange();
        String page = created.getResponse().getRedirectedUrl();
        assertThat(page).startsWith("/purchase-orders/");
        String id = page.substring(page.lastIndexOf('/') + 1);
        long version = ((Number)
                        Api.read(api.get(tenant.adminToken(), "/api/v1/purchase-orders/{id}", id), "$.version"))
                .longValue();
        mvc.post()
                .uri(page + "/send")
                .param("version", String.valueOf(version))
                .with(user(admin))
                .with(csrf())
                .exchange();
        version = ((Number) Api.read(api.get(tenant.adminToken(), "/api/v1/purchase-orders/{id}", id), "$.version"))
                .longValue();
        mvc.post()
                .uri(page + "/receive")
                .param("version", String.valueOf(version))
                .param("quantities[" + part + "]", "6")
                .with(user(admin))
                .with(csrf())
                .exchange();
        assertThat(mvc.get().uri(page).with(user(admin)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("已到货");
        assertThat(((Number) Api.read(
                                api.get(tenant.adminToken(), "/api/v1/stock?partId={p}", part), "$.items[0].onHand"))
                        .doubleValue())
                .isEqualTo(6.0);
    }

    @Test
    void aCountSheetIsCountedSubmittedAndApprovedFromItsPage() {
        Api.Tenant tenant = api.newTenant();
        UserDetails admin = api.signedIn(tenant.adminUsername());
        String part = InventoryApiIntegrationTests.newPart(api, tenant.adminToken());
        api.post(tenant.adminToken(), "/api/v1/stock/receipts", """
                {"storeId":"%s","partId":"%s","quantity":7,"unitCost":20}
                """.formatted(tenant.storeId(), part));
        MvcTestResult opened =
                mvc.post().uri("/stocktakes").with(user(admin)).with(csrf()).exchange();
        String page = opened.getResponse().getRedirectedUrl();
        String id = page.substring(page.lastIndexOf('/') + 1);
        assertThat(mvc.get().uri(page).with(user(admin)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("盘点中");
        mvc.post()
                .uri(page + "/counts")
                .param("version", version(tenant, id))
                .param("quantities[" + part + "]", "9")
                .with(user(admin))
                .with(csrf())
                .exchange();
        mvc.post()
                .uri(page + "/submit")
                .param("version", version(tenant, id))
                .with(user(admin))
                .with(csrf())
                .exchange();
        MvcTestResult approve = mvc.post()
                .uri(page + "/approve")
                .param("version", version(tenant, id))
                .with(user(admin))
                .with(csrf())
                .exchange();
        assertThat(approve)
                .flash()
                .hasEntrySatisfying(
                        "failedText", text -> assertThat(String.valueOf(text)).contains("盘点人以外"));
        assertThat(mvc.get().uri(page).with(user(admin)).exchange())
                .bodyText()
                .contains("待审批")
                .contains("2");
    }

    private String version(Api.Tenant tenant, String stocktake) {
        return String.valueOf(
                ((Number) Api.read(api.get(tenant.adminToken(), "/api/v1/stocktakes/{id}", stocktake), "$.version"))
                        .longValue());
    }
}
