package io.aftersales.workorder;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A payment received at settlement. */
public record PaymentLine(
        @NotNull PaymentMethod method,
        @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal amount) {}
