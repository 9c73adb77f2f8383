package io.aftersales.reporting;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A cost to enter: a centre no work order records, the day it was spent (not after today), a non-zero amount (a
 * negative one corrects an earlier entry) and what it was for.
 */
public record NewCostEntry(
        @NotNull StoreId storeId,
        @Nullable UserId personId,
        @NotNull CostCentre centre,
        @NotNull LocalDate day,
        @NotNull @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @NotBlank @Size(max = 200) String note) {}
