package io.aftersales.reporting;

import io.aftersales.shared.UserId;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A month's target for one figure of a store (no person) or of one of its people.
 *
 * @param value the target; null removes it
 */
public record KpiTarget(
        @Nullable UserId personId,
        @NotNull KpiMetric metric,

        @Nullable @DecimalMin("0") @Digits(integer = 13, fraction = 2)
        BigDecimal value) {}
