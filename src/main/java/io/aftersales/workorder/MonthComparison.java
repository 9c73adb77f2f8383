package io.aftersales.workorder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
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

    static MonthComparison of(YearMonth month, Sum now, Sum lastYear) {
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
            return new Sum(
                    received + row.received(),
                    delivered + row.delivered(),
                    cancelled + row.cancelled(),
                    output.add(row.outputValue()));
        }
    }
}
