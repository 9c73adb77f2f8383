package io.aftersales.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.PartId;
import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import io.aftersales.workorder.LineKind;
import io.aftersales.workorder.NewLine;
import io.aftersales.workorder.PayType;
import io.aftersales.workorder.WorkOrderHistory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * 配件需求预测: a store's part use per month as its delivered jobs give it (declined lines and other stores left out),
 * forecast with its backtested error, and the purchase it suggests, which becomes a draft order and is then on order.
 */
@IntegrationTest
class PartDemandIntegrationTests {

    /** Units of the busy part used in each of the last eight complete months, oldest first. */
    private static final int[] USED = {2, 3, 2, 4, 3, 5, 4, 6};

    @Autowired
    Api api;

    @Autowired
    WorkOrderHistory history;

    @Autowired
    OrganizationManagement organization;

    @Test
    void theMostUsedPartsAreForecastAndTheirSuggestedPurchaseBecomesADraftOrder() {
        Workshop shop = new Workshop(api);
        String busy = part(shop, "机油滤清器", 75);
        String slow = part(shop, "空气滤清器", 10);
        ZoneId zone = shop.asSystem(() -> organization.zoneOf(shop.tenant.storeId()));
        YearMonth last = YearMonth.now(zone).minusMonths(1);
        YearMonth first = last.minusMonths(USED.length - 1);
        for (int i = 0; i < USED.length; i++) {
            Instant received =
                    first.plusMonths(i).atDay(12).atTime(9, 0).atZone(zone).toInstant();
            List<NewLine> lines = new ArrayList<>(List.of(line(busy, USED[i]), line(slow, 1)));
            shop.pastRepair(
                    history,
                    shop.newVehicle(LocalDate.now().plusYears(2)),
                    received,
                    received.plusSeconds(20_000),
                    lines);
        }
        // A job this month is not learnt from: the month is not over.
        Instant now = Instant.now();
        shop.pastRepair(
                history,
                shop.newVehicle(LocalDate.now().plusYears(2)),
                now.minusSeconds(30_000),
                now.minusSeconds(10_000),
                List.of(line(busy, 40)));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                Api.<List<Integer>>read(demand(shop.admin(), 5), "$.parts[0].history[*].value"))
                        .hasSize(USED.length));
        MvcTestResult sheet = demand(shop.admin(), 5);
        assertThat(Api.<List<String>>read(sheet, "$.parts[*].partId")).containsExactly(busy, slow);
        assertThat(Api.<String>read(sheet, "$.lastMonth")).isEqualTo(last.toString());
        assertThat(Api.<List<String>>read(sheet, "$.parts[0].history[*].month"))
                .startsWith(first.toString())
                .endsWith(last.toString());
        assertThat(Api.<List<Number>>read(sheet, "$.parts[0].history[*].value"))
                .extracting(Number::intValue)
                .containsExactly(java.util.Arrays.stream(USED).boxed().toArray(Integer[]::new));
        assertThat(Api.<List<String>>read(sheet, "$.parts[0].points[*].month"))
                .containsExactly(
                        last.plusMonths(1).toString(),
                        last.plusMonths(2).toString(),
                        last.plusMonths(3).toString());

        // The same forecast and backtest as the other figures, on this series.
        List<Forecast.Point> series = new ArrayList<>();
        for (int i = 0; i < USED.length; i++) {
            series.add(new Forecast.Point(first.plusMonths(i), BigDecimal.valueOf(USED[i])));
        }
        Forecasts.Projection expected = Forecasts.project(series, last, 3, 1);
        assertThat(decimal(Api.read(sheet, "$.parts[0].mapePercent"))).isEqualByComparingTo(expected.mapePercent());
        BigDecimal next = decimal(
                Api.<List<Object>>read(sheet, "$.parts[0].points[*].value").get(0));
        assertThat(next).isEqualByComparingTo(expected.points().get(0).value());

        // The stock figures are the store's, and the suggestion is the rule applied to them.
        MvcTestResult stock =
                api.get(shop.admin(), "/api/v1/stock?storeId={s}&partId={p}", shop.tenant.storeId(), busy);
        BigDecimal available = decimal(Api.read(sheet, "$.parts[0].available"));
        assertThat(available).isEqualByComparingTo(decimal(Api.read(stock, "$.items[0].available")));
        BigDecimal backOrdered = decimal(Api.read(sheet, "$.parts[0].backOrdered"));
        BigDecimal suggested = next.multiply(new BigDecimal("1.5"))
                .add(backOrdered)
                .subtract(available)
                .max(BigDecimal.ZERO)
                .setScale(0, RoundingMode.CEILING);
        assertThat(suggested).isPositive();
        assertThat(decimal(Api.read(sheet, "$.parts[0].suggested"))).isEqualByComparingTo(suggested);
        assertThat(Api.<List<String>>read(demand(shop.admin(), 1), "$.parts[*].partId"))
                .containsExactly(busy);

        // A draft purchase order of the suggestion; what is on order is not suggested again.
        assertThat(api.post(shop.admin(), "/api/v1/reports/forecast/parts/purchase-order", "{\"supplier\":\" \"}"))
                .hasStatus(400);
        MvcTestResult order = api.post(
                shop.admin(), "/api/v1/reports/forecast/parts/purchase-order", "{\"supplier\":\"机滤供应商\",\"top\":1}");
        assertThat(order).hasStatus(201);
        assertThat(Api.<String>read(order, "$.status")).isEqualTo("DRAFT");
        assertThat(Api.<List<String>>read(order, "$.lines[*].partId")).containsExactly(busy);
        assertThat(decimal(Api.<List<Object>>read(order, "$.lines[*].quantity").get(0)))
                .isEqualByComparingTo(suggested);
        MvcTestResult after = demand(shop.admin(), 1);
        assertThat(decimal(Api.read(after, "$.parts[0].onOrder"))).isEqualByComparingTo(suggested);
        assertThat(decimal(Api.read(after, "$.parts[0].suggested"))).isZero();
        assertThat(api.post(
                        shop.admin(),
                        "/api/v1/reports/forecast/parts/purchase-order",
                        "{\"supplier\":\"机滤供应商\",\"top\":1}"))
                .hasStatus(400);

        // The page and its export; who may not see it; another organisation sees nothing of it.
        assertThat(api.get(shop.admin(), "/api/v1/reports/forecast/parts/export?top=5"))
                .hasStatus(200);
        assertThat(api.get(shop.admin(), "/api/v1/reports/forecast/parts?top=0"))
                .hasStatus(400);
        Api.User technician = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.TECHNICIAN);
        assertThat(demand(technician.token(), 5)).hasStatus(403);
        Workshop other = new Workshop(api);
        assertThat(Api.<List<?>>read(demand(other.admin(), 5), "$.parts")).isEmpty();
        assertThat(api.get(other.admin(), "/api/v1/reports/forecast/parts?storeId={s}", shop.tenant.storeId()))
                .hasStatus(404);
    }

    /** A part of the catalogue with some in stock (the jobs' completion issues what they use). */
    private String part(Workshop shop, String name, int inStock) {
        MvcTestResult created = api.post(shop.admin(), "/api/v1/parts", """
                {"number":"PD-%s","name":"%s","brand":"大众","genuine":true,"unit":"件","cost":40,"listPrice":68}
                """.formatted(
                        UUID.randomUUID().toString().substring(0, 8),
                        name + ThreadLocalRandom.current().nextInt(1000)));
        assertThat(created).hasStatus(201);
        String id = Api.read(created, "$.id");
        assertThat(api.post(shop.admin(), "/api/v1/stock/receipts", """
                        {"storeId":"%s","partId":"%s","quantity":%d,"unitCost":40}
                        """.formatted(shop.tenant.storeId(), id, inStock)))
                .hasStatus(201);
        return id;
    }

    private static NewLine line(String part, int quantity) {
        return new NewLine(
                LineKind.PART,
                "机油滤清器",
                BigDecimal.valueOf(quantity),
                new BigDecimal("68"),
                PayType.CUSTOMER,
                new PartId(UUID.fromString(part)),
                null,
                true,
                null);
    }

    private MvcTestResult demand(String token, int top) {
        return api.get(token, "/api/v1/reports/forecast/parts?months=3&top={t}", top);
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(String.valueOf(value));
    }
}
