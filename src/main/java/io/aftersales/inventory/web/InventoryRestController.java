package io.aftersales.inventory.web;

import io.aftersales.inventory.MovementType;
import io.aftersales.inventory.MovementView;
import io.aftersales.inventory.NewPart;
import io.aftersales.inventory.PartCatalogue;
import io.aftersales.inventory.PartImport;
import io.aftersales.inventory.PartView;
import io.aftersales.inventory.ReservationId;
import io.aftersales.inventory.ReservationView;
import io.aftersales.inventory.StockManagement;
import io.aftersales.inventory.StockView;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.PartId;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.web.XlsxDownload;
import io.aftersales.workorder.WorkOrderId;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The parts catalogue and stock over JSON. */
@Tag(
        name = "Parts and stock",
        description =
                "Genuine parts (配件) and stock per store: catalogue, receipts, adjustments, transfers, reservations and the movements ledger.")
@RestController
class InventoryRestController {

    record PartUpdate(@NotNull Long version, @Valid @NotNull NewPart part) {}

    record ReceiptRequest(
            @NotNull StoreId storeId,
            @NotNull PartId partId,

            @NotNull @DecimalMin(value = "0", inclusive = false)
            BigDecimal quantity,

            @NotNull @DecimalMin("0") BigDecimal unitCost,
            @Nullable @Size(max = 300) String reason) {}

    record ReservationRequest(
            @NotNull StoreId storeId,
            @NotNull PartId partId,

            @NotNull @DecimalMin(value = "0", inclusive = false)
            BigDecimal quantity,

            @Nullable WorkOrderId workOrderId) {}

    record AdjustmentRequest(
            @NotNull StoreId storeId,
            @NotNull PartId partId,
            @NotNull BigDecimal change,
            @Nullable MovementType type,
            @NotBlank @Size(max = 300) String reason) {}

    @Schema(name = "StockTransferRequest")
    record TransferRequest(
            @NotNull StoreId fromStoreId,
            @NotNull StoreId toStoreId,
            @NotNull PartId partId,

            @NotNull @DecimalMin(value = "0", inclusive = false)
            BigDecimal quantity,

            @Nullable @Size(max = 300) String reason) {}

    record StockSettings(
            @NotNull StoreId storeId,
            @NotNull PartId partId,
            @Nullable @Size(max = 30) String bin,
            @Nullable @DecimalMin("0") BigDecimal reorderPoint,
            @Nullable @DecimalMin("0") BigDecimal reorderQuantity) {}

    private final PartCatalogue catalogue;
    private final StockManagement stock;
    private final PartImport partImport;

    InventoryRestController(PartCatalogue catalogue, StockManagement stock, PartImport partImport) {
        this.catalogue = catalogue;
        this.stock = stock;
        this.partImport = partImport;
    }

    @PostMapping("/api/v1/parts")
    ResponseEntity<PartView> create(@Valid @RequestBody NewPart request) {
        PartView part = catalogue.create(request);
        return ResponseEntity.created(URI.create("/api/v1/parts/" + part.id())).body(part);
    }

    @GetMapping("/api/v1/parts")
    PagedResult<PartView> parts(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String sort) {
        return catalogue.search(q, page, size, sort);
    }

    @GetMapping("/api/v1/parts/{id}")
    PartView part(@PathVariable PartId id) {
        return catalogue.get(id);
    }

    @PutMapping("/api/v1/parts/{id}")
    PartView update(@PathVariable PartId id, @Valid @RequestBody PartUpdate request) {
        return catalogue.update(id, request.part(), request.version());
    }

    @PostMapping(path = "/api/v1/parts/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<PartImport.Report> importParts(
            @RequestParam StoreId storeId,
            @RequestParam MultipartFile file,
            @RequestParam(required = false, defaultValue = "false") boolean dryRun)
            throws IOException {
        PartImport.Report report = partImport.importSheet(
                storeId, String.valueOf(file.getOriginalFilename()), file.getInputStream(), dryRun);
        return ResponseEntity.status(report.problems().isEmpty() ? 200 : 422).body(report);
    }

    @GetMapping(path = "/api/v1/stock/export", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> exportStock(@RequestParam StoreId storeId) {
        return XlsxDownload.of("stock.xlsx", out -> partImport.exportStock(storeId, out));
    }

    @GetMapping("/api/v1/stock")
    PagedResult<StockView> stock(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable PartId partId,
            @RequestParam(required = false) @Nullable Boolean low,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return stock.stock(storeId, partId, Boolean.TRUE.equals(low), page, size);
    }

    @PutMapping("/api/v1/stock/settings")
    StockView configure(@Valid @RequestBody StockSettings request) {
        return stock.configure(
                request.storeId(), request.partId(), request.bin(), request.reorderPoint(), request.reorderQuantity());
    }

    @PostMapping("/api/v1/stock/receipts")
    ResponseEntity<StockView> receive(@Valid @RequestBody ReceiptRequest request) {
        return ResponseEntity.status(201)
                .body(stock.receive(
                        request.storeId(), request.partId(), request.quantity(), request.unitCost(), request.reason()));
    }

    @PostMapping("/api/v1/stock/reservations")
    ResponseEntity<ReservationView> reserve(@Valid @RequestBody ReservationRequest request) {
        ReservationView reservation =
                stock.reserve(request.storeId(), request.partId(), request.quantity(), request.workOrderId());
        return ResponseEntity.created(URI.create("/api/v1/stock/reservations/" + reservation.id()))
                .body(reservation);
    }

    @DeleteMapping("/api/v1/stock/reservations/{id}")
    ReservationView release(@PathVariable ReservationId id) {
        return stock.release(id);
    }

    @PostMapping("/api/v1/stock/adjustments")
    ResponseEntity<StockView> adjust(@Valid @RequestBody AdjustmentRequest request) {
        return ResponseEntity.status(201)
                .body(stock.adjust(
                        request.storeId(),
                        request.partId(),
                        request.change(),
                        request.type() == null ? MovementType.ADJUSTMENT : request.type(),
                        request.reason()));
    }

    @PostMapping("/api/v1/stock/transfers")
    ResponseEntity<List<StockView>> transfer(@Valid @RequestBody TransferRequest request) {
        return ResponseEntity.status(201)
                .body(stock.transfer(
                        new StoreId(request.fromStoreId().value()),
                        new StoreId(request.toStoreId().value()),
                        request.partId(),
                        request.quantity(),
                        request.reason()));
    }

    @GetMapping("/api/v1/stock/movements")
    PagedResult<MovementView> movements(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable PartId partId,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return stock.movements(storeId, partId, page, size);
    }
}
