package io.aftersales.sales;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An invoice the customer booked for a day (发票预约), to be issued then. */
public record NewInvoicePlan(
        @NotNull LocalDate plannedOn,

        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2)
        BigDecimal amount,

        @Nullable @Size(max = 200) String note) {}
