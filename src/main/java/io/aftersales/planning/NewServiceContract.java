package io.aftersales.planning;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.shared.StoreId;
import io.aftersales.workorder.ServiceType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A service contract: the store that serves it, the customer's covered assets, the period, a visit every so many
 * months ({@code MAINTENANCE} in the workshop or {@code ON_SITE} at the customer's), the SLA for calls (hours to start
 * work, hours to finish it) and what is included per contract (labour hours, parts).
 */
public record NewServiceContract(
        @NotNull StoreId storeId,
        @NotNull CustomerId customerId,
        @NotBlank @Size(max = 40) String number,
        @NotBlank @Size(max = 200) String title,
        @NotEmpty @Size(max = 100) List<@NotNull AssetId> assetIds,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotNull @Min(1) @Max(24) Integer visitEveryMonths,
        @NotNull ServiceType visitType,
        @NotNull @Min(1) @Max(720) Integer responseHours,
        @NotNull @Min(1) @Max(2160) Integer resolutionHours,
        @NotNull @PositiveOrZero @DecimalMax("99999999") BigDecimal includedLabourHours,
        @NotNull @PositiveOrZero @DecimalMax("9999999999") BigDecimal includedParts) {}
