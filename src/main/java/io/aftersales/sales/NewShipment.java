package io.aftersales.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Goods shipped from one warehouse against lines of one contract, on a day (today when left out), by a carrier. */
public record NewShipment(
        @NotBlank @Size(max = 60) String warehouse,
        @Nullable LocalDate shippedOn,
        @Nullable @Size(max = 100) String carrier,
        @Nullable @Size(max = 60) String trackingNumber,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull ShippedLine> lines) {

    public record ShippedLine(
            @NotNull ContractLineId contractLineId,
            @NotNull @Positive @Max(1_000_000) Integer quantity) {}
}
