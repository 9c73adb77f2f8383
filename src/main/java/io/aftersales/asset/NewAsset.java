package io.aftersales.asset;

import io.aftersales.customer.CustomerId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A vehicle (needs a VIN or a plate) or a piece of equipment (needs a serial number). {@code customerId} may be
 * empty only where the customer is created in the same step.
 */
public record NewAsset(
        @Nullable CustomerId customerId,
        @NotNull AssetKind kind,
        @Nullable String vin,
        @Nullable String plate,
        @Nullable @Size(max = 60) String serialNumber,
        @Nullable @Size(max = 60) String brand,
        @Nullable @Size(max = 60) String model,
        @Nullable @Min(1950) @Max(2100) Integer modelYear,
        @Nullable @Size(max = 30) String colour,
        @Nullable @Size(max = 30) String energyType,
        @Nullable LocalDate purchaseDate,
        @Nullable LocalDate installedOn,
        @Nullable @Size(max = 200) String site,
        @Nullable AssetId parentId,
        @Nullable LocalDate warrantyStart,
        @Nullable LocalDate warrantyEnd,
        @Nullable @PositiveOrZero Integer warrantyMileage,
        @Nullable @PositiveOrZero Integer mileage) {}
