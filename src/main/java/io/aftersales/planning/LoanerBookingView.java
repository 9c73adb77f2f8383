package io.aftersales.planning;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.StoreId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A loaner car lent to a customer from the first day to the last, both included. */
public record LoanerBookingView(
        LoanerBookingId id,
        StoreId storeId,
        LoanerCarId carId,
        String carPlate,
        CustomerId customerId,
        String customerName,
        LocalDate startsOn,
        LocalDate endsOn,
        LoanerStatus status,
        @Nullable String note,
        long version) {}
