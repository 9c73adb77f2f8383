package io.aftersales.planning;

import io.aftersales.asset.AssetId;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A visit or a call of a contract with its work order; a call's SLA clock: when work had to start and finish, when it
 * did, and whether either deadline was missed (or, still open, has passed).
 */
public record ContractWorkView(
        ContractWorkKind kind,
        AssetId assetId,
        String assetLabel,
        @Nullable LocalDate dueOn,
        WorkOrderId workOrderId,
        String workOrderNumber,
        WorkOrderStatus status,
        Instant reportedAt,
        @Nullable Instant respondBy,
        @Nullable Instant respondedAt,
        @Nullable Instant resolveBy,
        @Nullable Instant resolvedAt,
        boolean responseBreached,
        boolean resolutionBreached) {

    public boolean breached() {
        return responseBreached || resolutionBreached;
    }
}
