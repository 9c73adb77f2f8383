package io.aftersales.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How a star ranking scores a person, the weights in per cent adding up to 100. Output value and efficiency score
 * against the month's best (the best gets 100); comebacks cost 10 points per per cent of comeback rate; satisfaction
 * scores its CSAT per cent. A part a person has no figure for (no hours clocked, no survey answered) is left out and
 * the others weigh the more. Fewer delivered jobs than {@code minJobs} and a person is listed but not ranked.
 */
public record RankingRule(
        @Min(0) @Max(100) int outputWeight,
        @Min(0) @Max(100) int efficiencyWeight,
        @Min(0) @Max(100) int comebackWeight,
        @Min(0) @Max(100) int csatWeight,
        @Min(1) @Max(1000) int minJobs) {

    /** The rule until someone sets one. */
    public static RankingRule usual(RankingRole role) {
        return role == RankingRole.TECHNICIAN ? new RankingRule(40, 30, 20, 10, 3) : new RankingRule(50, 0, 20, 30, 3);
    }

    boolean addsUp() {
        return outputWeight + efficiencyWeight + comebackWeight + csatWeight == 100;
    }
}
