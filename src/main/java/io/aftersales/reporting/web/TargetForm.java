package io.aftersales.reporting.web;

import io.aftersales.reporting.KpiMetric;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The targets grid as posted: one cell per person (none: the store) and figure, a blank value removes it. */
record TargetForm(
        @Nullable YearMonth month,
        @Nullable StoreId storeId,
        @Nullable List<Cell> cells) {

    record Cell(
            @Nullable UserId personId,
            @Nullable KpiMetric metric,
            @Nullable BigDecimal value) {}
}
