package io.aftersales.reporting.web;

import io.aftersales.reporting.RankingRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The ranking rule as typed on the page; what is no whole number binds to nothing and shows its error. */
record RuleForm(
        @NotNull @Min(0) @Max(100) @Nullable Integer outputWeight,
        @NotNull @Min(0) @Max(100) @Nullable Integer efficiencyWeight,
        @NotNull @Min(0) @Max(100) @Nullable Integer comebackWeight,
        @NotNull @Min(0) @Max(100) @Nullable Integer csatWeight,
        @NotNull @Min(1) @Max(1000) @Nullable Integer minJobs) {

    static RuleForm of(RankingRule rule) {
        return new RuleForm(
                rule.outputWeight(), rule.efficiencyWeight(), rule.comebackWeight(), rule.csatWeight(), rule.minJobs());
    }

    RankingRule rule() {
        return new RankingRule(
                Objects.requireNonNull(outputWeight),
                Objects.requireNonNull(efficiencyWeight),
                Objects.requireNonNull(comebackWeight),
                Objects.requireNonNull(csatWeight),
                Objects.requireNonNull(minJobs));
    }
}
