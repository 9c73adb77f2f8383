package io.aftersales.reporting;

import java.math.BigDecimal;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One figure of a {@link KpiRow}, to compare across periods; labels are message keys {@code reports.metric.<NAME>}. */
public enum KpiMetric {
    RECEIVED(row -> BigDecimal.valueOf(row.received())),
    DELIVERED(row -> BigDecimal.valueOf(row.delivered())),
    OUTPUT_VALUE(KpiRow::outputValue),
    CUSTOMER_PAY(KpiRow::customerPay),
    WARRANTY_PAY(KpiRow::warrantyPay),
    INTERNAL_PAY(KpiRow::internalPay),
    LABOUR(KpiRow::labour),
    PARTS(KpiRow::parts),
    AVERAGE_REPAIR_ORDER(KpiRow::averageRepairOrder),
    SOLD_HOURS(KpiRow::soldHours),
    EFFICIENCY_PERCENT(KpiRow::efficiencyPercent),
    COMEBACKS(row -> BigDecimal.valueOf(row.comebacks())),
    COMEBACK_RATE_PERCENT(KpiRow::comebackRatePercent);

    private final Function<KpiRow, @Nullable BigDecimal> value;

    KpiMetric(Function<KpiRow, @Nullable BigDecimal> value) {
        this.value = value;
    }

    public @Nullable BigDecimal of(KpiRow row) {
        return value.apply(row);
    }
}
