package io.aftersales.inventory;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.workorder.WorkOrderId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A tool, who holds it, and whether its calibration or inspection is overdue. */
public record ToolView(
        ToolId id,
        StoreId storeId,
        String assetTag,
        String name,
        @Nullable String category,
        @Nullable String location,
        ToolCondition condition,
        @Nullable LocalDate calibrationDue,
        boolean calibrationOverdue,
        @Nullable UserId holderId,
        @Nullable WorkOrderId holderWorkOrderId,
        @Nullable Instant checkedOutAt,
        List<EventView> history,
        long version) {

    public record EventView(
            String action,
            Instant at,
            @Nullable UserId byUser,
            @Nullable UserId holderId,
            @Nullable WorkOrderId workOrderId,
            @Nullable ToolCondition condition,
            @Nullable String note) {}

    public boolean checkedOut() {
        return holderId != null || holderWorkOrderId != null;
    }
}
