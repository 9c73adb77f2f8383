package io.aftersales.sales;

import io.aftersales.customer.CustomerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Money a customer paid (回款), received on a day (today when left out), and how it is matched to what they owe:
 * the payment's amount is the sum of the allocations, each within what is open of its receivable.
 */
public record NewPayment(
        @NotNull CustomerId customerId,
        @Nullable LocalDate receivedOn,
        @NotNull CollectionMethod method,
        @Nullable @Size(max = 100) String reference,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull PaymentAllocation> allocations) {

    public record PaymentAllocation(
            @NotNull ReceivableId receivableId,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2)
            BigDecimal amount) {}
}
