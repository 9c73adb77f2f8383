package io.aftersales.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class WorkOrderHistoryIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    WorkOrderHistory history;

    @Autowired
    WorkOrderManagement workOrders;

    @Autowired
    OrganizationManagement organization;

    @Test
    void aPastJobKeepsItsTimesAndCountsInTheMonthItHappened() {
        Workshop shop = new Workshop(api);
        Instant received = Instant.now().minus(Duration.ofDays(400)).truncatedTo(ChronoUnit.SECONDS);
        Instant delivered = received.plus(Duration.ofHours(30));
        WorkOrderId id = pastRepair(shop, received, delivered);

        WorkOrderView view = as(shop, () -> workOrders.get(id));
        assertThat(view.header().status()).isEqualTo(WorkOrderStatus.DELIVERED);
        assertThat(view.header().createdAt()).isEqualTo(received);
        assertThat(view.settlement().deliveredAt()).isEqualTo(delivered);

        ZoneId zone = as(shop, () -> organization.zoneOf(shop.tenant.storeId()));
        YearMonth receivedIn = YearMonth.from(received.atZone(zone));
        YearMonth deliveredIn = YearMonth.from(delivered.atZone(zone));
        List<StoreMonth> figures =
                as(shop, () -> workOrders.monthlyFigures(receivedIn, deliveredIn, shop.tenant.storeId()));
        assertThat(figures)
                .filteredOn(m -> m.month().equals(receivedIn))
                .singleElement()
                .satisfies(m -> assertThat(m.received()).isEqualTo(1));
        assertThat(figures)
                .filteredOn(m -> m.month().equals(deliveredIn))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.delivered()).isEqualTo(1);
                    assertThat(m.outputValue())
                            .isEqualByComparingTo(view.estimate().amountDue());
                });
        assertThat(view.estimate().amountDue()).isPositive();
    }

    /** 以往同期对比: this month beside the same month a year before, in the API, the table and the chart. */
    @Test
    void aMonthIsComparedWithTheSameMonthLastYear() {
        Workshop shop = new Workshop(api);
        ZoneId zone = as(shop, () -> organization.zoneOf(shop.tenant.storeId()));
        YearMonth thisMonth = YearMonth.now(zone);
        Instant aYearAgo =
                thisMonth.minusYears(1).atDay(10).atTime(9, 0).atZone(zone).toInstant();
        WorkOrderId past = pastRepair(shop, aYearAgo, aYearAgo.plusSeconds(12_000));
        String now = shop.deliveredRepair();
        BigDecimal lastYear = as(shop, () -> workOrders.get(past)).estimate().amountDue();
        BigDecimal thisYear = BigDecimal.valueOf(Api.<Double>read(shop.get(now), "$.amountDue"));

        MvcTestResult compared = api.get(
                shop.admin(),
                "/api/v1/work-orders/monthly/comparison?from={m}&to={m}&storeId={s}",
                thisMonth,
                thisMonth,
                shop.tenant.storeId());
        assertThat(compared).hasStatusOk();
        assertThat(Api.<List<String>>read(compared, "$[*].month")).containsExactly(thisMonth.toString());
        assertThat(Api.<Integer>read(compared, "$[0].delivered")).isEqualTo(1);
        assertThat(Api.<Integer>read(compared, "$[0].deliveredLastYear")).isEqualTo(1);
        assertThat(BigDecimal.valueOf(Api.<Double>read(compared, "$[0].outputValue")))
                .isEqualByComparingTo(thisYear);
        assertThat(BigDecimal.valueOf(Api.<Double>read(compared, "$[0].outputValueLastYear")))
                .isEqualByComparingTo(lastYear);
        BigDecimal change = thisYear.subtract(lastYear)
                .multiply(BigDecimal.valueOf(100))
                .divide(lastYear, 1, java.math.RoundingMode.HALF_UP);
        assertThat(BigDecimal.valueOf(Api.<Double>read(compared, "$[0].outputChangePercent")))
                .isEqualByComparingTo(change);
        // A month a year before which had nothing compares with nothing.
        MvcTestResult earlier = api.get(
                shop.admin(),
                "/api/v1/work-orders/monthly/comparison?from={m}&to={m}",
                thisMonth.minusYears(1),
                thisMonth.minusYears(1));
        assertThat(Api.<Object>read(earlier, "$[0].outputChangePercent")).isNull();
        assertThat(Api.<Integer>read(earlier, "$[0].delivered")).isEqualTo(1);
        assertThat(api.get(shop.technician.token(), "/api/v1/work-orders/monthly/comparison"))
                .hasStatus(403);
        // The same as a sheet, headers in Chinese, from the API and from the page.
        for (MvcTestResult sheet : List.of(
                api.get(
                        shop.admin(),
                        "/api/v1/work-orders/monthly/comparison/export?from={m}&to={m}&storeId={s}",
                        thisMonth,
                        thisMonth,
                        shop.tenant.storeId()),
                mvc.get()
                        .uri("/work-orders/monthly/export?from={m}&to={m}", thisMonth, thisMonth)
                        .with(user(api.signedIn(shop.tenant.adminUsername())))
                        .exchange())) {
            assertThat(sheet).hasStatusOk();
            List<Spreadsheets.SheetRow> rows = Spreadsheets.read(
                    "monthly.xlsx", new ByteArrayInputStream(sheet.getResponse().getContentAsByteArray()));
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.get("月份")).isEqualTo(thisMonth.toString());
                assertThat(new BigDecimal(row.get("去年同期产值"))).isEqualByComparingTo(lastYear);
                assertThat(new BigDecimal(row.get("产值同比（%）"))).isEqualByComparingTo(change);
            });
        }

        assertThat(mvc.get()
                        .uri("/work-orders/monthly?from={m}&to={m}", thisMonth, thisMonth)
                        .with(user(api.signedIn(shop.tenant.adminUsername())))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("去年同期产值")
                .contains((change.signum() > 0 ? "+" : "") + change + "%")
                .contains("data-chart=")
                .contains("echarts");
    }

    @Test
    void aStepOutOfTurnIsRefusedAndOnlyAnAdministratorImportsHistory() {
        Workshop shop = new Workshop(api);
        Instant received = Instant.now().minus(Duration.ofDays(30));
        assertThatThrownBy(() -> as(
                        shop,
                        () -> history.receive(repair(shop), new UserId(shop.tenant.adminId()), received)
                                .deliver("张伟", received.plusSeconds(60))))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> as(shop, () -> history.receive(repair(shop), new UserId(UUID.randomUUID()), received)))
                .isInstanceOf(DomainException.class);

        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        api.signedIn(shop.technician.username()),
                        null,
                        api.signedIn(shop.technician.username()).getAuthorities()));
        try {
            assertThatThrownBy(() -> history.receive(repair(shop), new UserId(shop.technician.id()), received))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A repair of one labour line taken through every step from {@code received}, delivered at {@code delivered}. */
    private WorkOrderId pastRepair(Workshop shop, Instant received, Instant delivered) {
        return shop.pastRepair(history, shop.assetId, received, delivered);
    }

    private static NewWorkOrder repair(Workshop shop) {
        return shop.repairOf(shop.assetId);
    }

    private static <T> T as(Workshop shop, Supplier<T> work) {
        return shop.asSystem(work);
    }
}
