package io.aftersales.inventory;

import io.aftersales.shared.PartId;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A part for the catalogue; the number is the maker's (OEM) part number, unique in the organisation. */
public record NewPart(
        @NotBlank @Size(max = 60) String number,
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 60) String brand,
        @NotNull Boolean genuine,
        @Nullable @Size(max = 200) String supplier,
        @Nullable @Size(max = 20) String unit,
        @NotNull @DecimalMin("0") BigDecimal cost,
        @NotNull @DecimalMin("0") BigDecimal listPrice,
        @Nullable @Size(max = 60) String barcode,
        @Nullable @Size(max = 500) String fitsModels,
        @Nullable PartId supersededBy) {}
