package io.aftersales.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import io.aftersales.workorder.WorkOrderHistory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * 科学预测: the forecast learns from the complete months as the KPIs count them (months without jobs as zero), and its
 * MAPE is what its backtest says.
 */
@IntegrationTest
class ForecastIntegrationTests {

    /** Jobs delivered in each of the last nine complete months, oldest first: one month without any. */
    private static final int[] JOBS = {1, 2, 3, 0, 2, 3, 2, 1, 3};

    @Autowired
    Api api;

    @Autowired
    WorkOrderHistory history;

    @Autowired
    OrganizationManagement organization;

    @Test
    void theNextMonthsAreForecastFromTheCompleteOnesWithTheirBacktestedError() {
        Workshop shop = new Workshop(api);
        ZoneId zone = shop.asSystem(() -> organization.zoneOf(shop.tenant.storeId()));
        YearMonth last = YearMonth.now(zone).minusMonths(1);
        YearMonth first = last.minusMonths(JOBS.length - 1);
        for (int i = 0; i < JOBS.length; i++) {
            for (int job = 0; job < JOBS[i]; job++) {
                Instant received = first.plusMonths(i)
                        .atDay(10 + job)
                        .atTime(9, 0)
                        .atZone(zone)
                        .toInstant();
                shop.pastRepair(
                        history, shop.newVehicle(LocalDate.now().plusYears(2)), received, received.plusSeconds(20_000));
            }
        }
        // A job this month is not learnt from: the month is not over.
        shop.deliveredRepair();
        int total = java.util.Arrays.stream(JOBS).sum();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                Api.<List<Integer>>read(forecast(shop.admin(), "DELIVERED"), "$.history[*].value"))
                        .hasSize(JOBS.length)
                        .satisfies(values -> assertThat(values.stream()
                                        .mapToInt(Integer::intValue)
                                        .sum())
                                .isEqualTo(total)));

        MvcTestResult forecast = forecast(shop.admin(), "DELIVERED");
        assertThat(Api.<List<String>>read(forecast, "$.history[*].month"))
                .startsWith(first.toString())
                .endsWith(last.toString());
        assertThat(Api.<List<Integer>>read(forecast, "$.history[*].value"))
                .containsExactly(java.util.Arrays.stream(JOBS).boxed().toArray(Integer[]::new));
        assertThat(Api.<String>read(forecast, "$.method")).isEqualTo("TREND");
        assertThat(Api.<List<String>>read(forecast, "$.points[*].month"))
                .containsExactly(
                        last.plusMonths(1).toString(),
                        last.plusMonths(2).toString(),
                        last.plusMonths(3).toString());
        // The backtest: the last six months, each forecast from the months before; MAPE over those with jobs.
        List<Map<String, Object>> backtest = Api.read(forecast, "$.backtest");
        assertThat(backtest)
                .extracting(b -> b.get("month"))
                .containsExactly(java.util.stream.IntStream.range(JOBS.length - 6, JOBS.length)
                        .mapToObj(i -> first.plusMonths(i).toString())
                        .toArray());
        double sum = 0;
        int counted = 0;
        for (Map<String, Object> month : backtest) {
            double actual = ((Number) month.get("actual")).doubleValue();
            if (actual > 0) {
                sum += Math.abs(actual - ((Number) month.get("forecast")).doubleValue()) / actual;
                counted++;
            }
        }
        assertThat(new BigDecimal(String.valueOf(Api.<Object>read(forecast, "$.mapePercent"))))
                .isEqualByComparingTo(
                        BigDecimal.valueOf(100 * sum / counted).setScale(1, java.math.RoundingMode.HALF_UP));
        assertThat(Api.<List<Object>>read(forecast(shop.admin(), "OUTPUT_VALUE"), "$.points[*].value"))
                .hasSize(3);

        assertThat(forecast(shop.admin(), "EFFICIENCY_PERCENT")).hasStatus(400);
        assertThat(api.get(shop.admin(), "/api/v1/reports/forecast?months=13")).hasStatus(400);
        Api.User clerk = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.PARTS_CLERK);
        assertThat(forecast(clerk.token(), "DELIVERED")).hasStatus(403);
        Workshop other = new Workshop(api);
        MvcTestResult none = forecast(other.admin(), "DELIVERED");
        assertThat(Api.<List<?>>read(none, "$.history")).isEmpty();
        assertThat(Api.<Object>read(none, "$.mapePercent")).isNull();
    }

    private MvcTestResult forecast(String token, String metric) {
        return api.get(token, "/api/v1/reports/forecast?metric={m}&months=3", metric);
    }
}
