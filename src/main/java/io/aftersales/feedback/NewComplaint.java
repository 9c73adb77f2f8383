package io.aftersales.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A complaint taken by hand. With a work order, the store, customer, advisor and lead technician come from it;
 * without one, the store and the customer are needed.
 */
public record NewComplaint(
        @Nullable UUID workOrderId,
        @Nullable UUID storeId,
        @Nullable UUID customerId,
        @NotNull ComplaintSource source,
        @NotNull Severity severity,
        @NotBlank @Size(max = 2000) String description,
        @Nullable UUID ownerId) {}
