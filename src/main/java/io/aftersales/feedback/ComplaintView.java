package io.aftersales.feedback;

import io.aftersales.shared.domain.HistoryView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A complaint with its deadlines and history.
 *
 * @param late a deadline passed: not acknowledged in time, or not resolved in time
 * @param escalationLevel 0 none, 1 the store manager, 2 HQ
 */
public record ComplaintView(
        UUID id,
        String number,
        UUID storeId,
        ComplaintSource source,
        Severity severity,
        ComplaintStatus status,
        String description,
        @Nullable UUID workOrderId,
        @Nullable String workOrderNumber,
        UUID customerId,
        String customerName,
        @Nullable UUID advisorId,
        @Nullable UUID technicianId,
        @Nullable UUID followUpId,
        @Nullable UUID ownerId,
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
        @Nullable UUID reworkWorkOrderId,
        Instant openedAt,
        List<HistoryView<ComplaintStatus>> history,
        long version) {

    public boolean finished() {
        return status == ComplaintStatus.CLOSED;
    }
}
