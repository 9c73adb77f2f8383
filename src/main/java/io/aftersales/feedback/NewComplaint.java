package io.aftersales.feedback;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.workorder.WorkOrderId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A complaint taken by hand. With a work order, the store, customer, advisor and lead technician come from it;
 * without one, the store and the customer are needed.
 */
public record NewComplaint(
        @Nullable WorkOrderId workOrderId,
        @Nullable StoreId storeId,
        @Nullable CustomerId customerId,
        @NotNull ComplaintSource source,
        @NotNull Severity severity,
        @NotBlank @Size(max = 2000) String description,
        @Nullable UserId ownerId) {}
