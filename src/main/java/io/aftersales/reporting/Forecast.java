package io.aftersales.reporting;

import io.aftersales.reporting.domain.Smoothing;
import io.aftersales.shared.StoreId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 科学预测: the next months of a figure from its monthly history, with how well the same method did on the last
 * months already known.
 *
 * @param storeId the store, null for every store the user sees
 * @param method how the history was smoothed: MEAN (fewer than 3 months), TREND (Holt), SEASONAL (Holt-Winters with a
 *     twelve-month season, from 24 months on)
 * @param history the complete months so far, from the first with any job (at most 36), zero where none
 * @param points the forecast months after the last complete one
 * @param backtest each of the last (up to 6) complete months forecast one month ahead from the months before it alone
 * @param mapePercent the mean absolute percentage error of the backtest, over its months with a figure above zero;
 *     null when there is none
 */
public record Forecast(
        @Nullable StoreId storeId,
        KpiMetric metric,
        Smoothing.Method method,
        List<Point> history,
        List<Point> points,
        List<Backtest> backtest,
        @Nullable BigDecimal mapePercent) {

    public record Point(YearMonth month, BigDecimal value) {}

    public record Backtest(YearMonth month, BigDecimal actual, BigDecimal forecast) {}
}
