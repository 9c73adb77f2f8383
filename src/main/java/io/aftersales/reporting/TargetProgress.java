package io.aftersales.reporting;

import io.aftersales.shared.UserId;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Where a target stands: the figure so far, the share of the target reached, where it should be by today if the
 * month went evenly (pace), and the month's end if it goes on as it went (forecast).
 *
 * @param personId the person, or null for the store's own target
 * @param name the person's or the store's name
 * @param percent actual against target, null for a zero target
 * @param pace the target times the share of the month gone by (all of it for a past month, none for a future one)
 * @param forecast the figure so far carried to the month's end at the same daily rate
 */
public record TargetProgress(
        @Nullable UserId personId,
        String name,
        KpiMetric metric,
        BigDecimal target,
        BigDecimal actual,
        @Nullable BigDecimal percent,
        BigDecimal pace,
        boolean onPace,
        BigDecimal forecast) {}
