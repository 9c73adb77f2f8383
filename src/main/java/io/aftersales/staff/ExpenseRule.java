package io.aftersales.staff;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The most a claim may carry per day in a category (per-diem rule, e.g. lodging 350 a night); null: no limit. The days
 * are the trip's days, or the days the items of the category were spent on when the claim is no trip.
 */
public record ExpenseRule(
        @NotNull ExpenseCategory category,

        @Nullable @DecimalMin("0") @Digits(integer = 10, fraction = 2)
        BigDecimal dailyLimit) {}
