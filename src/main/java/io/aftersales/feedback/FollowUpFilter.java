package io.aftersales.feedback;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which follow-ups to list; every part is optional.
 *
 * @param due {@code today} (open and due by the end of today), {@code overdue} (open and past due) or empty
 */
public record FollowUpFilter(
        @Nullable UUID storeId,
        @Nullable FollowUpStatus status,
        @Nullable FollowUpKind kind,
        @Nullable UUID agentId,
        @Nullable UUID customerId,
        @Nullable String due) {

    public static FollowUpFilter forCustomer(UUID customerId) {
        return new FollowUpFilter(null, null, null, null, customerId, null);
    }
}
