package io.aftersales.inventory.web;

import io.aftersales.inventory.StocktakeId;
import io.aftersales.inventory.StocktakeView;
import io.aftersales.inventory.Stocktakes;
import io.aftersales.inventory.web.InventoryRequests.VersionRequest;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
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

/** Stocktakes over JSON. */
@Tag(
        name = "Stocktakes",
        description = "Stocktakes (盘点): counted quantities against the ledger, differences posted as adjustments.")
@RestController
class StocktakeRestController {

    record OpenRequest(
            @NotNull StoreId storeId,
            @Nullable @Size(max = 30) String location) {}

    @Schema(name = "StocktakeCount")
    record Count(
            @NotNull PartId partId,
            @NotNull @DecimalMin("0") BigDecimal counted) {}

    record CountRequest(@NotNull Long version, @NotEmpty List<@Valid Count> counts) {}

    private final Stocktakes stocktakes;

    StocktakeRestController(Stocktakes stocktakes) {
        this.stocktakes = stocktakes;
    }

    @PostMapping("/api/v1/stocktakes")
    ResponseEntity<StocktakeView> open(@Valid @RequestBody OpenRequest request) {
        StocktakeView sheet = stocktakes.open(request.storeId(), request.location());
        return ResponseEntity.created(URI.create("/api/v1/stocktakes/" + sheet.id()))
                .body(sheet);
    }

    @GetMapping("/api/v1/stocktakes")
    PagedResult<StocktakeView> list(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return stocktakes.search(storeId, page, size);
    }

    @GetMapping("/api/v1/stocktakes/{id}")
    StocktakeView get(@PathVariable StocktakeId id) {
        return stocktakes.get(id);
    }

    @PostMapping("/api/v1/stocktakes/{id}/counts")
    StocktakeView count(@PathVariable StocktakeId id, @Valid @RequestBody CountRequest request) {
        Map<PartId, BigDecimal> counts = new LinkedHashMap<>();
        request.counts().forEach(c -> counts.put(new PartId(Identifier.valueOf(c.partId())), c.counted()));
        return stocktakes.count(id, request.version(), counts);
    }

    @PostMapping("/api/v1/stocktakes/{id}/submit")
    StocktakeView submit(@PathVariable StocktakeId id, @Valid @RequestBody VersionRequest request) {
        return stocktakes.submit(id, request.version());
    }

    @PostMapping("/api/v1/stocktakes/{id}/approve")
    StocktakeView approve(@PathVariable StocktakeId id, @Valid @RequestBody VersionRequest request) {
        return stocktakes.approve(id, request.version());
    }

    @PostMapping("/api/v1/stocktakes/{id}/reject")
    StocktakeView reject(@PathVariable StocktakeId id, @Valid @RequestBody VersionRequest request) {
        return stocktakes.reject(id, request.version());
    }
}
