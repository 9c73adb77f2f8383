package io.aftersales.inventory.web;

import io.aftersales.inventory.ToolCondition;
import io.aftersales.shared.UserId;
import io.aftersales.workorder.WorkOrderId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a step on tools, purchase orders and stocktakes takes, as JSON from the API and as form fields alike. */
final class InventoryRequests {

    private InventoryRequests() {}

    @Schema(name = "InventoryVersionRequest")
    record VersionRequest(@NotNull Long version) {}

    record CheckOutRequest(
            @NotNull Long version,
            @Nullable UserId technicianId,
            @Nullable WorkOrderId workOrderId) {}

    record CheckInRequest(
            @NotNull Long version,
            @Nullable ToolCondition condition,
            @Nullable @Size(max = 300) String note) {}

    record CalibrateRequest(
            @NotNull Long version,
            @NotNull LocalDate nextDue,
            @Nullable @Size(max = 300) String note) {}
}
