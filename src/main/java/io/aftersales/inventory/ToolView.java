package io.aftersales.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A tool, who holds it, and whether its calibration or inspection is overdue. */
public record ToolView(
        UUID id,
        UUID storeId,
        String assetTag,
        String name,
        @Nullable String category,
        @Nullable String location,
        ToolCondition condition,
        @Nullable LocalDate calibrationDue,
        boolean calibrationOverdue,
        @Nullable UUID holderId,
        @Nullable UUID holderWorkOrderId,
        @Nullable Instant checkedOutAt,
        List<EventView> history,
        long version) {

    public record EventView(
            String action,
            Instant at,
            @Nullable UUID byUser,
            @Nullable UUID holderId,
            @Nullable UUID workOrderId,
            @Nullable ToolCondition condition,
            @Nullable String note) {}

    public boolean checkedOut() {
        return holderId != null || holderWorkOrderId != null;
    }
}
