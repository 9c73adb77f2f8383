package io.aftersales.asset.web;

import io.aftersales.asset.AssetId;
import io.aftersales.asset.AssetManagement;
import io.aftersales.asset.AssetView;
import io.aftersales.asset.CustomerImport;
import io.aftersales.asset.CustomerSearch;
import io.aftersales.asset.NewAsset;
import io.aftersales.asset.SearchResults;
import io.aftersales.asset.WarrantyAnswer;
import io.aftersales.customer.CustomerId;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.domain.InvalidInputException;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(
        name = "Vehicles and equipment",
        description =
                "Assets (车辆/设备): registration with a new or existing customer, warranty check, mileage, transfer of ownership, import and export.")
@RestController
class AssetRestController {

    record MileageRequest(
            @NotNull @PositiveOrZero Integer mileage,
            @Nullable Instant readAt,
            @Nullable String reason) {}

    record TransferRequest(
            @NotNull CustomerId customerId,
            @Nullable String reason,
            @NotNull Long version) {}

    private final AssetManagement assets;
    private final CustomerSearch search;
    private final CustomerImport customerImport;

    AssetRestController(AssetManagement assets, CustomerSearch search, CustomerImport customerImport) {
        this.assets = assets;
        this.search = search;
        this.customerImport = customerImport;
    }

    @PostMapping("/api/v1/assets")
    ResponseEntity<AssetManagement.Registered> register(@Valid @RequestBody NewAsset request) {
        AssetManagement.Registered registered = assets.register(request);
        return ResponseEntity.created(
                        URI.create("/api/v1/assets/" + registered.asset().id()))
                .body(registered);
    }

    @GetMapping("/api/v1/assets")
    PagedResult<AssetView> list(
            @RequestParam(required = false) @Nullable CustomerId customerId,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String sort) {
        if (customerId == null) {
            throw new InvalidInputException("customerId", "asset.customerIdRequired");
        }
        return assets.ofCustomer(customerId, page, size, sort);
    }

    @GetMapping("/api/v1/assets/{id}")
    AssetView get(@PathVariable AssetId id) {
        return assets.get(id);
    }

    @GetMapping("/api/v1/assets/{id}/warranty")
    WarrantyAnswer warranty(
            @PathVariable AssetId id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @Nullable Integer mileage) {
        return assets.warranty(id, date, mileage);
    }

    @PostMapping("/api/v1/assets/{id}/mileage")
    AssetView recordMileage(@PathVariable AssetId id, @Valid @RequestBody MileageRequest request) {
        return assets.recordMileage(id, request.mileage(), request.readAt(), request.reason());
    }

    @PostMapping("/api/v1/assets/{id}/transfer")
    AssetView transfer(@PathVariable AssetId id, @Valid @RequestBody TransferRequest request) {
        return assets.transfer(id, request.customerId(), request.reason(), request.version());
    }

    /**
     * Imports customers with their assets from an XLSX or CSV file (see the template); by default only checks.
     * Columns are recognised by the headers people write; {@code map[header]=field} (or {@code -}) says what another
     * column holds.
     */
    @PostMapping(path = "/api/v1/customers/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    CustomerImport.Report importCustomers(@RequestParam("file") MultipartFile file, @ModelAttribute ImportForm form)
            throws IOException {
        CustomerImportController.Upload upload = CustomerImportController.Upload.of(file);
        return customerImport.run(
                upload.filename(), new ByteArrayInputStream(upload.data()), form.getMode(), form.mapping());
    }

    @GetMapping("/api/v1/search")
    SearchResults search(@RequestParam(defaultValue = "") String q) {
        return search.search(q);
    }
}
