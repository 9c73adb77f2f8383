package io.aftersales.feedback;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which complaints to list; every part is optional.
 *
 * @param late only complaints past a deadline
 * @param escalated only complaints escalated (to the store manager or HQ)
 * @param unfinished only complaints not closed yet
 */
public record ComplaintFilter(
        @Nullable UUID storeId,
        @Nullable ComplaintStatus status,
        @Nullable Severity severity,
        @Nullable UUID ownerId,
        @Nullable UUID customerId,
        @Nullable UUID workOrderId,
        boolean late,
        boolean escalated,
        boolean unfinished) {

    public static ComplaintFilter forCustomer(UUID customerId) {
        return new ComplaintFilter(null, null, null, null, customerId, null, false, false, false);
    }
}
