package io.aftersales.inventory.web;

import io.aftersales.inventory.PurchaseOrderId;
import io.aftersales.inventory.PurchaseOrderStatus;
import io.aftersales.inventory.PurchaseOrderView;
import io.aftersales.inventory.Purchasing;
import io.aftersales.inventory.web.InventoryRequests.VersionRequest;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Purchase orders and the suggestion list over JSON. */
@Tag(
        name = "Purchasing",
        description = "Purchase orders (采购): suggested from reorder points, sent, received into stock.")
@RestController
class PurchaseOrderRestController {

    @Schema(name = "PurchaseOrderLineRequest")
    record LineRequest(
            @NotNull PartId partId,

            @NotNull @DecimalMin(value = "0", inclusive = false)
            BigDecimal quantity,

            @NotNull @DecimalMin("0") BigDecimal unitCost) {}

    record OrderRequest(
            @NotNull StoreId storeId,
            @NotBlank @Size(max = 200) String supplier,
            @Nullable @Size(max = 500) String note,
            @NotEmpty List<@Valid LineRequest> lines) {}

    record FromSuggestions(
            @NotNull StoreId storeId,
            @NotBlank @Size(max = 200) String supplier) {}

    record Delivered(
            @NotNull PartId partId,
            @NotNull @DecimalMin("0") BigDecimal quantity) {}

    record ReceiveRequest(@NotNull Long version, @NotEmpty List<@Valid Delivered> lines) {}

    private final Purchasing purchasing;

    PurchaseOrderRestController(Purchasing purchasing) {
        this.purchasing = purchasing;
    }

    @GetMapping("/api/v1/purchase-suggestions")
    List<PurchaseOrderView.Suggestion> suggestions(@RequestParam StoreId storeId) {
        return purchasing.suggestions(storeId);
    }

    @PostMapping("/api/v1/purchase-orders")
    ResponseEntity<PurchaseOrderView> create(@Valid @RequestBody OrderRequest request) {
        PurchaseOrderView order = purchasing.create(
                request.storeId(),
                request.supplier(),
                request.note(),
                request.lines().stream()
                        .map(l -> new PurchaseOrderView.NewLine(l.partId(), l.quantity(), l.unitCost()))
                        .toList());
        return ResponseEntity.created(URI.create("/api/v1/purchase-orders/" + order.id()))
                .body(order);
    }

    @PostMapping("/api/v1/purchase-orders/from-suggestions")
    ResponseEntity<PurchaseOrderView> fromSuggestions(@Valid @RequestBody FromSuggestions request) {
        PurchaseOrderView order = purchasing.createFromSuggestions(request.storeId(), request.supplier());
        return ResponseEntity.created(URI.create("/api/v1/purchase-orders/" + order.id()))
                .body(order);
    }

    @GetMapping("/api/v1/purchase-orders")
    PagedResult<PurchaseOrderView> list(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable PurchaseOrderStatus status,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return purchasing.search(storeId, status, page, size);
    }

    @GetMapping("/api/v1/purchase-orders/{id}")
    PurchaseOrderView get(@PathVariable PurchaseOrderId id) {
        return purchasing.get(id);
    }

    @PostMapping("/api/v1/purchase-orders/{id}/send")
    PurchaseOrderView send(@PathVariable PurchaseOrderId id, @Valid @RequestBody VersionRequest request) {
        return purchasing.send(id, request.version());
    }

    @PostMapping("/api/v1/purchase-orders/{id}/receive")
    PurchaseOrderView receive(@PathVariable PurchaseOrderId id, @Valid @RequestBody ReceiveRequest request) {
        Map<PartId, BigDecimal> delivered = new LinkedHashMap<>();
        request.lines()
                .forEach(l ->
                        delivered.merge(new PartId(Identifier.valueOf(l.partId())), l.quantity(), BigDecimal::add));
        return purchasing.receive(id, request.version(), delivered);
    }

    @PostMapping("/api/v1/purchase-orders/{id}/cancel")
    PurchaseOrderView cancel(@PathVariable PurchaseOrderId id, @Valid @RequestBody VersionRequest request) {
        return purchasing.cancel(id, request.version());
    }
}
