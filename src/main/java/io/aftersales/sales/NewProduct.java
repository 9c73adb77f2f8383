package io.aftersales.sales;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A finished product as the catalogue keeps it: the model (型号, unique in the organisation), name, specification,
 * the drawing number, the unit and the list price (with tax).
 */
public record NewProduct(
        @NotBlank @Size(max = 60) String model,
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 500) String specification,
        @Nullable @Size(max = 200) String drawing,
        @NotBlank @Size(max = 20) String unit,

        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        BigDecimal listPrice) {}
