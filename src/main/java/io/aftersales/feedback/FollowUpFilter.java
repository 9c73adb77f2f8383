package io.aftersales.feedback;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Which follow-ups to list; every part is optional.
 *
 * @param due {@code today} (open and due by the end of today), {@code overdue} (open and past due) or empty
 */
public record FollowUpFilter(
        @Nullable StoreId storeId,
        @Nullable FollowUpStatus status,
        @Nullable FollowUpKind kind,
        @Nullable UserId agentId,
        @Nullable CustomerId customerId,
        @Nullable String due) {

    public static FollowUpFilter forCustomer(CustomerId customerId) {
        return new FollowUpFilter(null, null, null, null, customerId, null);
    }
}
