package io.aftersales.sales;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Finished goods received from production into a warehouse, at a location (库位, 定置管理) when given. */
public record StockReceipt(
        @NotNull ProductId productId,
        @NotBlank @Size(max = 60) String warehouse,
        @Nullable @Size(max = 60) String location,
        @NotNull @Positive @Max(1_000_000) Integer quantity,
        @Nullable @Size(max = 200) String note) {}
