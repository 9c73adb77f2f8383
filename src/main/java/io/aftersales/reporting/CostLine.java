package io.aftersales.reporting;

import io.aftersales.shared.UserId;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A cost centre of the store or of one person in a month: what was budgeted, what was spent and the difference.
 *
 * @param personId the person, or null for the store as a whole (everyone's costs and those of nobody in particular)
 * @param name the person's or the store's name
 * @param budget the month's budget, null when none was set
 * @param actual spent so far: the delivered jobs' goodwill or internal pay (charged to their advisor), or the entries
 * @param variance budget minus actual: what is left, negative when over; null without a budget
 * @param percent actual against budget, null without a budget or with a zero one
 * @param pace the budget times the share of the month gone by: spending above it runs out before the month's end
 * @param forecast the actual carried to the month's end at the same daily rate
 * @param status {@link Status#OVER} past the budget, {@link Status#AHEAD} above the pace, {@link Status#UNBUDGETED}
 *     spent without a budget, else {@link Status#WITHIN}
 */
public record CostLine(
        @Nullable UserId personId,
        String name,
        CostCentre centre,
        @Nullable BigDecimal budget,
        BigDecimal actual,
        @Nullable BigDecimal variance,
        @Nullable BigDecimal percent,
        @Nullable BigDecimal pace,
        BigDecimal forecast,
        Status status) {

    public enum Status {
        WITHIN,
        AHEAD,
        OVER,
        UNBUDGETED;

        /** Whether the line asks for attention (an alert on the page, the home page and the morning sheet). */
        public boolean alert() {
            return this == OVER || this == AHEAD;
        }
    }
}
