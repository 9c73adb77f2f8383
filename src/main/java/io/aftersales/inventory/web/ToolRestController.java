package io.aftersales.inventory.web;

import io.aftersales.inventory.NewTool;
import io.aftersales.inventory.ToolCondition;
import io.aftersales.inventory.ToolId;
import io.aftersales.inventory.ToolManagement;
import io.aftersales.inventory.ToolView;
import io.aftersales.inventory.web.InventoryRequests.CalibrateRequest;
import io.aftersales.inventory.web.InventoryRequests.CheckInRequest;
import io.aftersales.inventory.web.InventoryRequests.CheckOutRequest;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tools over JSON. */
@Tag(name = "Tools", description = "Workshop tools (工具): check-out to a technician, return, condition, overdue.")
@RestController
class ToolRestController {

    private final ToolManagement tools;

    ToolRestController(ToolManagement tools) {
        this.tools = tools;
    }

    @PostMapping("/api/v1/tools")
    ResponseEntity<ToolView> register(@Valid @RequestBody NewTool request) {
        ToolView tool = tools.register(request);
        return ResponseEntity.created(URI.create("/api/v1/tools/" + tool.id())).body(tool);
    }

    @GetMapping("/api/v1/tools")
    PagedResult<ToolView> list(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable UserId holderId,
            @RequestParam(required = false) @Nullable Boolean overdue,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return tools.search(storeId, holderId, Boolean.TRUE.equals(overdue), page, size);
    }

    @GetMapping("/api/v1/tools/{id}")
    ToolView get(@PathVariable ToolId id) {
        return tools.get(id);
    }

    @PostMapping("/api/v1/tools/{id}/check-out")
    ToolView checkOut(@PathVariable ToolId id, @Valid @RequestBody CheckOutRequest request) {
        return tools.checkOut(id, request.version(), request.technicianId(), request.workOrderId());
    }

    @PostMapping("/api/v1/tools/{id}/check-in")
    ToolView checkIn(@PathVariable ToolId id, @Valid @RequestBody CheckInRequest request) {
        return tools.checkIn(
                id,
                request.version(),
                request.condition() == null ? ToolCondition.GOOD : request.condition(),
                request.note());
    }

    @PostMapping("/api/v1/tools/{id}/calibrate")
    ToolView calibrate(@PathVariable ToolId id, @Valid @RequestBody CalibrateRequest request) {
        return tools.calibrate(id, request.version(), request.nextDue(), request.note());
    }
}
