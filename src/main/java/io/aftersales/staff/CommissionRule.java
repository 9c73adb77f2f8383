package io.aftersales.staff;

import io.aftersales.shared.security.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a role earns on a basis: marginal tiers (each rate applies to the part of the base from its {@code from} up to
 * the next tier's), and the most it pays in a month (null: no cap). No tiers removes the rule.
 */
public record CommissionRule(
        @NotNull Role role,
        @NotNull CommissionBasis basis,
        @NotNull @Size(max = 5) List<@Valid @NotNull Tier> tiers,

        @Nullable @DecimalMin("0") @Digits(integer = 10, fraction = 2)
        BigDecimal monthlyCap) {

    /** From this much of the base on, this per cent of it. */
    @Schema(name = "CommissionTier")
    public record Tier(
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
            BigDecimal from,

            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 3)
            BigDecimal ratePercent) {}
}
