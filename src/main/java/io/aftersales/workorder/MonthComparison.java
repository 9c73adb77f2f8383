package io.aftersales.workorder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One month's figures of the stores asked for, summed, beside the same month a year before (以往同期对比).
 *
 * @param outputChangePercent the output value's change against the same month last year, in per cent with one
 *     decimal; {@code null} when last year had none to compare with
 */
public record MonthComparison(
        YearMonth month,
        int received,
        int delivered,
        int cancelled,
        BigDecimal outputValue,
        int receivedLastYear,
        int deliveredLastYear,
        BigDecimal outputValueLastYear,
        @Nullable BigDecimal outputChangePercent) {

    /**
     * Each month from {@code from} to {@code to} (months without rows too): this period's rows summed over their stores,
     * beside last year's rows (those of the twelve months before) summed the same way.
     */
    public static List<MonthComparison> compare(
            YearMonth from, YearMonth to, List<StoreMonth> rows, List<StoreMonth> lastYearRows) {
        Map<YearMonth, Sum> now = sums(rows, 0);
        Map<YearMonth, Sum> lastYear = sums(lastYearRows, 1);
        List<MonthComparison> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(of(month, now.getOrDefault(month, Sum.NONE), lastYear.getOrDefault(month, Sum.NONE)));
        }
        return months;
    }

    /** The rows summed per month, filed {@code years} later (last year's under the month they compare with). */
    private static Map<YearMonth, Sum> sums(List<StoreMonth> rows, int years) {
        Map<YearMonth, Sum> sums = new HashMap<>();
        rows.forEach(row -> sums.merge(row.month().plusYears(years), Sum.NONE.plus(row), Sum::plus));
        return sums;
    }

    private static MonthComparison of(YearMonth month, Sum now, Sum lastYear) {
        BigDecimal change = lastYear.output().signum() == 0
                ? null
                : now.output()
                        .subtract(lastYear.output())
                        .multiply(BigDecimal.valueOf(100))
                        .divide(lastYear.output(), 1, RoundingMode.HALF_UP);
        return new MonthComparison(
                month,
                now.received(),
                now.delivered(),
                now.cancelled(),
                now.output(),
                lastYear.received(),
                lastYear.delivered(),
                lastYear.output(),
                change);
    }

    /** A month's figures summed over stores. */
    record Sum(int received, int delivered, int cancelled, BigDecimal output) {

        static final Sum NONE = new Sum(0, 0, 0, BigDecimal.ZERO);

        Sum plus(StoreMonth row) {
            return plus(new Sum(row.received(), row.delivered(), row.cancelled(), row.outputValue()));
        }

        Sum plus(Sum other) {
            return new Sum(
                    received + other.received(),
                    delivered + other.delivered(),
                    cancelled + other.cancelled(),
                    output.add(other.output()));
        }
    }
}
