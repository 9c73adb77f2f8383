package io.aftersales.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The dashboard projection: counts per store and month kept with each change, read without scanning work orders. */
@IntegrationTest
class MonthlyFiguresIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    @Test
    void receivedDeliveredCancelledAndOutputValueMatchTheWorkOrders() {
        Workshop shop = new Workshop(api);
        String delivered = shop.deliveredRepair();
        String cancelled = shop.receivedWithLines();
        assertThat(shop.act(cancelled, "cancel", "\"reason\":\"客户改期\"")).hasStatusOk();
        String open = shop.receivedWithLines();
        // A refused step (stale version) counts nothing.
        assertThat(api.post(shop.admin(), "/api/v1/work-orders/{id}/cancel", "{\"version\":0,\"reason\":\"重复\"}", open))
                .hasStatus(409);

        MvcTestResult figures = api.get(shop.admin(), "/api/v1/work-orders/monthly");

        assertThat(figures).hasStatusOk();
        MvcTestResult all = api.get(shop.admin(), "/api/v1/work-orders?storeId={s}", shop.tenant.storeId());
        assertThat(Api.<List<String>>read(figures, "$[*].month"))
                .containsExactly(YearMonth.now(ZoneId.of("Asia/Shanghai")).toString());
        assertThat(Api.<List<String>>read(figures, "$[*].storeId"))
                .containsExactly(shop.tenant.storeId().toString());
        assertThat(Api.<Integer>read(figures, "$[0].received")).isEqualTo(Api.<Integer>read(all, "$.total"));
        assertThat(Api.<Integer>read(figures, "$[0].received")).isEqualTo(3);
        assertThat(Api.<Integer>read(figures, "$[0].delivered")).isEqualTo(1);
        assertThat(Api.<Integer>read(figures, "$[0].cancelled")).isEqualTo(1);
        assertThat(Api.<Double>read(figures, "$[0].outputValue"))
                .isEqualTo(Api.<Double>read(shop.get(delivered), "$.amountDue"))
                .isPositive();
    }

    @Test
    void thePageShowsTheMonthWithItsCountsAndAnEmptyStateForMonthsWithout() {
        Workshop shop = new Workshop(api);
        shop.receivedWithLines();
        shop.receivedWithLines();
        var admin = api.signedIn(shop.tenant.adminUsername());
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

        assertThat(mvc.get().uri("/work-orders/monthly").with(user(admin)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("每月各门店工单统计")
                .contains(month)
                .containsPattern("<td class=\"text-end\">2</td>");
        assertThat(mvc.get()
                        .uri("/work-orders/monthly?from=2020-01&to=2020-03")
                        .with(user(admin))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("这些月份没有工单");
    }

    @Test
    void figuresAreForManagersOfTheirOwnStoresAndARangeMustBeSane() {
        Workshop shop = new Workshop(api);
        shop.receivedWithLines();
        MvcTestResult storeB = api.post(shop.admin(), "/api/v1/stores", "{\"code\":\"B02\",\"name\":\"二号店\"}");
        Api.User managerOfB = api.newUser(
                shop.tenant, List.of(new StoreId(Workshop.uuid(Api.read(storeB, "$.id")))), Role.STORE_MANAGER);
        Api.User managerOfA = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.STORE_MANAGER);

        assertThat(Api.<List<Object>>read(api.get(managerOfB.token(), "/api/v1/work-orders/monthly"), "$"))
                .isEmpty();
        assertThat(Api.<List<Object>>read(
                        api.get(managerOfB.token(), "/api/v1/work-orders/monthly?storeId={s}", shop.tenant.storeId()),
                        "$"))
                .isEmpty();
        assertThat(Api.<List<Integer>>read(api.get(managerOfA.token(), "/api/v1/work-orders/monthly"), "$[*].received"))
                .containsExactly(1);
        assertThat(api.get(shop.technician.token(), "/api/v1/work-orders/monthly"))
                .hasStatus(403);
        MvcTestResult reversed = api.get(shop.admin(), "/api/v1/work-orders/monthly?from=2026-05&to=2026-01");
        assertThat(reversed).hasStatus(400);
        assertThat(reversed.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(Api.body(reversed)).contains("from");
        assertThat(api.get(shop.admin(), "/api/v1/work-orders/monthly?from=2026-13"))
                .hasStatus(400);
    }
}
