package io.aftersales.reporting;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One group's figure now, in the same days a year before (同比) and in the period just before (环比: the days of the
 * same length right before, or for a month or a day the month or day before it), with the changes in per cent. A
 * figure is null where it cannot be had (an average over no jobs), a change where there is nothing to compare with.
 */
public record KpiChange(
        @Nullable String key,
        String label,
        @Nullable BigDecimal current,
        @Nullable BigDecimal lastYear,
        @Nullable BigDecimal yearChangePercent,
        @Nullable BigDecimal previous,
        @Nullable BigDecimal previousChangePercent) {}
