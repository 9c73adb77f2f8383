package io.aftersales.reporting;

import io.aftersales.reporting.domain.Smoothing;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forecasts of the figures that add up month by month (car count, output value, ...) per store, from the complete
 * months of the KPIs, each with its backtested accuracy. Readers as for the KPIs: an advisor or technician gets the
 * forecast of their own figures.
 */
@Service
public class Forecasts {

    /** Months of history the forecast learns from. */
    static final int HISTORY = 36;

    /** Months the backtest checks. */
    static final int BACKTEST = 6;

    private final Reports reports;

    Forecasts(Reports reports) {
        this.reports = reports;
    }

    @PreAuthorize(Reports.READERS)
    @Transactional(readOnly = true)
    public Forecast forecast(@Nullable StoreId storeId, KpiMetric metric, int months) {
        if (!metric.adds()) {
            throw new InvalidInputException("metric", "reports.forecastNotAdditive");
        }
        if (months < 1 || months > 12) {
            throw new InvalidInputException("months", "reports.forecastMonths.invalid");
        }
        YearMonth last = YearMonth.from(reports.today()).minusMonths(1);
        YearMonth first = last.minusMonths(HISTORY - 1);
        KpiReport report =
                reports.kpis(new KpiQuery(first.atDay(1), last.atEndOfMonth(), storeId, KpiGrouping.MONTH, null, null));
        Map<YearMonth, BigDecimal> known = new HashMap<>();
        report.rows()
                .forEach(row -> known.put(
                        YearMonth.parse(Objects.requireNonNull(row.key())),
                        Objects.requireNonNullElse(metric.of(row), BigDecimal.ZERO)));
        YearMonth start = known.keySet().stream().min(YearMonth::compareTo).orElse(last.plusMonths(1));
        List<Forecast.Point> history = new ArrayList<>();
        for (YearMonth month = start; !month.isAfter(last); month = month.plusMonths(1)) {
            history.add(new Forecast.Point(month, known.getOrDefault(month, BigDecimal.ZERO)));
        }
        Projection projection = project(history, last, months, metric.counts() ? 0 : 2);
        return new Forecast(
                storeId,
                metric,
                projection.method(),
                history,
                projection.points(),
                projection.backtest(),
                projection.mapePercent());
    }

    /** The forecast months after a monthly history, with the backtest of its last months and their MAPE. */
    record Projection(
            Smoothing.Method method,
            List<Forecast.Point> points,
            List<Forecast.Backtest> backtest,
            @Nullable BigDecimal mapePercent) {}

    /**
     * The next {@code months} after {@code last} (the history's last month), and each of its last (up to {@link #BACKTEST}) months forecast one
     * month ahead from the months before it alone; rounded to {@code scale} decimals.
     */
    static Projection project(List<Forecast.Point> history, YearMonth last, int months, int scale) {
        double[] series =
                history.stream().mapToDouble(p -> p.value().doubleValue()).toArray();
        List<Forecast.Point> points = new ArrayList<>();
        double[] ahead = Smoothing.forecast(series, months);
        for (int i = 0; i < months; i++) {
            points.add(new Forecast.Point(last.plusMonths(i + 1L), round(ahead[i], scale)));
        }
        List<Forecast.Backtest> backtest = new ArrayList<>();
        for (int k = Math.max(1, series.length - BACKTEST); k < series.length; k++) {
            double predicted = Smoothing.forecast(Arrays.copyOf(series, k), 1)[0];
            backtest.add(
                    new Forecast.Backtest(history.get(k).month(), history.get(k).value(), round(predicted, scale)));
        }
        return new Projection(Smoothing.methodFor(series.length), points, backtest, mape(backtest));
    }

    /** Mean absolute percentage error over the months with an actual figure above zero. */
    static @Nullable BigDecimal mape(List<Forecast.Backtest> backtest) {
        double sum = 0;
        int counted = 0;
        for (Forecast.Backtest month : backtest) {
            double actual = month.actual().doubleValue();
            if (actual > 0) {
                sum += Math.abs(actual - month.forecast().doubleValue()) / actual;
                counted++;
            }
        }
        return counted == 0 ? null : round(100 * sum / counted, 1);
    }

    private static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
