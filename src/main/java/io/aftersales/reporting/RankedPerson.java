package io.aftersales.reporting;

import io.aftersales.shared.UserId;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One person of a star ranking: their figures of the month, the points each part of the rule gave (0 to 100, null
 * where they have no figure), the score and the stars it earns.
 *
 * @param rank 1 for the best; equal scores share a rank; null for a person with too few jobs to be ranked
 * @param stars 1 to 5: 90 points and more earn 5, 80 four, 70 three, 60 two, less one; 0 when not ranked
 */
public record RankedPerson(
        @Nullable Integer rank,
        UserId personId,
        String name,
        long delivered,
        BigDecimal outputValue,
        @Nullable BigDecimal efficiencyPercent,
        @Nullable BigDecimal comebackRatePercent,
        @Nullable BigDecimal csatPercent,
        BigDecimal outputPoints,
        @Nullable BigDecimal efficiencyPoints,
        BigDecimal comebackPoints,
        @Nullable BigDecimal csatPoints,
        BigDecimal score,
        int stars) {

    RankedPerson withRank(int place) {
        return new RankedPerson(
                place,
                personId,
                name,
                delivered,
                outputValue,
                efficiencyPercent,
                comebackRatePercent,
                csatPercent,
                outputPoints,
                efficiencyPoints,
                comebackPoints,
                csatPoints,
                score,
                stars);
    }
}
