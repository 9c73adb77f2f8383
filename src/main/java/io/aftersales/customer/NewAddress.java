package io.aftersales.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** @param regionCode GB/T 2260 code of the district (or city, or province); see {@code GET /api/v1/regions} */
public record NewAddress(
        @NotBlank String regionCode,
        @Nullable @Size(max = 200) String detail) {}
