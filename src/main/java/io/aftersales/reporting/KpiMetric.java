package io.aftersales.reporting;

import java.math.BigDecimal;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One figure of a {@link KpiRow}, to compare across periods; labels are message keys {@code reports.metric.<NAME>}. */
public enum KpiMetric {
    RECEIVED(true, row -> BigDecimal.valueOf(row.received())),
    DELIVERED(true, row -> BigDecimal.valueOf(row.delivered())),
    OUTPUT_VALUE(true, KpiRow::outputValue),
    CUSTOMER_PAY(true, KpiRow::customerPay),
    WARRANTY_PAY(true, KpiRow::warrantyPay),
    INTERNAL_PAY(true, KpiRow::internalPay),
    INSURANCE_PAY(true, KpiRow::insurancePay),
    LABOUR(true, KpiRow::labour),
    PARTS(true, KpiRow::parts),
    AVERAGE_REPAIR_ORDER(false, KpiRow::averageRepairOrder),
    SOLD_HOURS(true, KpiRow::soldHours),
    EFFICIENCY_PERCENT(false, KpiRow::efficiencyPercent),
    COMEBACKS(true, row -> BigDecimal.valueOf(row.comebacks())),
    COMEBACK_RATE_PERCENT(false, KpiRow::comebackRatePercent),
    FIRST_TIME_FIX_PERCENT(false, KpiRow::firstTimeFixPercent),
    FOLLOW_UP_PERCENT(false, KpiRow::followUpPercent),
    CSAT_PERCENT(false, KpiRow::csatPercent),
    NPS(false, KpiRow::nps),
    COMPLAINTS(true, row -> BigDecimal.valueOf(row.complaints())),
    COMPLAINTS_PER_100(false, KpiRow::complaintsPer100);

    private final boolean adds;
    private final Function<KpiRow, @Nullable BigDecimal> value;

    KpiMetric(boolean adds, Function<KpiRow, @Nullable BigDecimal> value) {
        this.adds = adds;
        this.value = value;
    }

    /** A figure that adds up day by day (a count or a sum), so that a month's target can be paced. */
    public boolean adds() {
        return adds;
    }

    /** A count of jobs or complaints (whole numbers), not an amount, hours or a rate. */
    public boolean counts() {
        return this == RECEIVED || this == DELIVERED || this == COMEBACKS || this == COMPLAINTS;
    }

    public @Nullable BigDecimal of(KpiRow row) {
        return value.apply(row);
    }
}
