package io.aftersales.feedback;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.workorder.WorkOrderId;
import org.jspecify.annotations.Nullable;

/**
 * Which complaints to list; every part is optional.
 *
 * @param late only complaints past a deadline
 * @param escalated only complaints escalated (to the store manager or HQ)
 * @param unfinished only complaints not closed yet
 */
public record ComplaintFilter(
        @Nullable StoreId storeId,
        @Nullable ComplaintStatus status,
        @Nullable Severity severity,
        @Nullable UserId ownerId,
        @Nullable CustomerId customerId,
        @Nullable WorkOrderId workOrderId,
        boolean late,
        boolean escalated,
        boolean unfinished) {

    public static ComplaintFilter forCustomer(CustomerId customerId) {
        return new ComplaintFilter(null, null, null, null, customerId, null, false, false, false);
    }
}
