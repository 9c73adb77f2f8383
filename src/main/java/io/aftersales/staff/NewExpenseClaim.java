package io.aftersales.staff;

import io.aftersales.shared.StoreId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A claim as the claimant files it: what for, the trip when it was one (both dates, the route), a reference (a work
 * order or contract number), the items, and the reason when it goes over a daily limit. The store is the claimant's
 * current one when left out.
 */
public record NewExpenseClaim(
        @Nullable StoreId storeId,
        @NotBlank @Size(max = 200) String purpose,
        @Nullable LocalDate tripFrom,
        @Nullable LocalDate tripTo,
        @Nullable @Size(max = 200) String route,
        @Nullable @Size(max = 100) String reference,
        @Nullable @Size(max = 500) String overLimitReason,
        @NotEmpty @Size(max = 30) List<@Valid @NotNull Item> items) {

    /** One thing paid for. */
    @Schema(name = "NewExpenseItem")
    public record Item(
            @NotNull ExpenseCategory category,
            @NotNull LocalDate spentOn,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2)
            BigDecimal amount,

            @Nullable @Size(max = 200) String description) {}
}
