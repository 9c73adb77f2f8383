package io.aftersales.feedback;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.HistoryView;
import io.aftersales.workorder.WorkOrderId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A complaint with its deadlines and history.
 *
 * @param late a deadline passed: not acknowledged in time, or not resolved in time
 * @param escalationLevel 0 none, 1 the store manager, 2 HQ
 */
public record ComplaintView(
        ComplaintId id,
        String number,
        StoreId storeId,
        ComplaintSource source,
        Severity severity,
        ComplaintStatus status,
        String description,
        @Nullable WorkOrderId workOrderId,
        @Nullable String workOrderNumber,
        CustomerId customerId,
        String customerName,
        @Nullable UserId advisorId,
        @Nullable UserId technicianId,
        @Nullable FollowUpId followUpId,
        @Nullable UserId ownerId,
        Instant acknowledgeDue,
        Instant resolveDue,
        @Nullable Instant acknowledgedAt,
        @Nullable Instant resolvedAt,
        @Nullable Instant verifiedAt,
        @Nullable Instant closedAt,
        @Nullable String rootCause,
        @Nullable String correctiveAction,
        @Nullable Boolean satisfied,
        boolean late,
        int escalationLevel,
        @Nullable Instant escalatedAt,
        @Nullable WorkOrderId reworkWorkOrderId,
        Instant openedAt,
        List<HistoryView<ComplaintStatus>> history,
        long version) {

    public boolean finished() {
        return status == ComplaintStatus.CLOSED;
    }
}
