package io.aftersales.sales.web;

import io.aftersales.sales.NewProduct;
import io.aftersales.sales.ProductId;
import io.aftersales.sales.ProductView;
import io.aftersales.sales.Products;
import io.aftersales.sales.StockLevel;
import io.aftersales.sales.StockMove;
import io.aftersales.sales.StockReceipt;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Products",
        description = "Finished products (成品) of the catalogue and their stock per warehouse (成品库存): receipts from"
                + " production and the ledger; shipments take from it.")
class ProductRestController {

    /** A product's new details, whether it stays on offer, and the version read. */
    record ProductChange(
            @NotNull @Valid NewProduct product,
            @NotNull Boolean active,
            @NotNull Long version) {}

    private final Products products;

    ProductRestController(Products products) {
        this.products = products;
    }

    @Operation(summary = "Add a product", description = "The model is unique in the organisation (409 otherwise).")
    @PostMapping("/api/v1/products")
    ResponseEntity<ProductView> create(@Valid @RequestBody NewProduct request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(products.create(request));
    }

    @Operation(summary = "Products by model", description = "Model or name holding q; active only when asked.")
    @GetMapping("/api/v1/products")
    PagedResult<ProductView> search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false, defaultValue = "false") boolean activeOnly,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return products.search(q, activeOnly, Paging.request(page, size, Paging.DEFAULT_SIZE));
    }

    @GetMapping("/api/v1/products/{id}")
    ProductView get(@PathVariable ProductId id) {
        return products.get(id);
    }

    @Operation(summary = "Change a product", description = "At the version read (409 when stale).")
    @PutMapping("/api/v1/products/{id}")
    ProductView update(@PathVariable ProductId id, @Valid @RequestBody ProductChange request) {
        return products.update(id, request.product(), request.active(), request.version());
    }

    @Operation(summary = "Finished-goods stock per product and warehouse")
    @GetMapping("/api/v1/finished-goods")
    List<StockLevel> levels(@RequestParam(required = false) @Nullable ProductId productId) {
        return products.levels(productId);
    }

    @Operation(
            summary = "Receive finished goods from production",
            description = "Into a warehouse, at a location (库位) when given; answers the product's stock.")
    @PostMapping("/api/v1/finished-goods/receipts")
    ResponseEntity<List<StockLevel>> receive(@Valid @RequestBody StockReceipt request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(products.receive(request));
    }

    @Operation(summary = "The latest movements of the finished-goods ledger, newest first")
    @GetMapping("/api/v1/finished-goods/movements")
    List<StockMove> moves(
            @RequestParam(required = false) @Nullable ProductId productId,
            @RequestParam(required = false) @Nullable Integer limit) {
        return products.moves(productId, limit == null ? 50 : Math.max(1, Math.min(limit, 500)));
    }
}
