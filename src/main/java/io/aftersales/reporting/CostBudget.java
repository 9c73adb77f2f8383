package io.aftersales.reporting;

import io.aftersales.shared.UserId;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A month's budget of one cost centre for a store (no person) or for one of its people.
 *
 * @param amount the budget; null removes it
 */
public record CostBudget(
        @Nullable UserId personId,
        @NotNull CostCentre centre,

        @Nullable @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        BigDecimal amount) {}
