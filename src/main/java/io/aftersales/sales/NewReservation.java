package io.aftersales.sales;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Units of a warehouse to hold for a contract line (预留), or, negative, to let go. */
public record NewReservation(
        @NotNull ContractLineId contractLineId,
        @NotBlank @Size(max = 60) String warehouse,
        @NotNull @Min(-1_000_000) @Max(1_000_000) Integer quantity) {}
