package io.aftersales.organization.web;

import io.aftersales.organization.NewStore;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreChanges;
import io.aftersales.organization.StoreLogos;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.web.ImageResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(
        name = "Stores",
        description = "Stores (门店) of the organisation, each with its time zone and the letterhead of its documents.")
@RestController
@RequestMapping("/api/v1/stores")
class StoreRestController {

    private final OrganizationManagement management;
    private final StoreLogos logos;

    StoreRestController(OrganizationManagement management, StoreLogos logos) {
        this.management = management;
        this.logos = logos;
    }

    @GetMapping
    PagedResult<StoreView> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String sort) {
        return management.stores(q, page, size, sort);
    }

    @GetMapping("/{id}")
    StoreView get(@PathVariable UUID id) {
        return management.store(new StoreId(id));
    }

    @PostMapping
    ResponseEntity<StoreView> create(@Valid @RequestBody NewStore request) {
        StoreView store = management.createStore(request);
        return ResponseEntity.created(URI.create("/api/v1/stores/" + store.id()))
                .body(store);
    }

    @PutMapping("/{id}")
    StoreView update(@PathVariable UUID id, @Valid @RequestBody StoreChanges changes) {
        return management.updateStore(new StoreId(id), changes);
    }

    @Operation(summary = "Set the logo printed on the store's documents (PNG or JPEG, at most 512 KB)")
    @PostMapping(path = "/{id}/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    StoreView setLogo(@PathVariable UUID id, @RequestParam MultipartFile file) throws IOException {
        return logos.set(new StoreId(id), file.getBytes());
    }

    @DeleteMapping("/{id}/logo")
    StoreView removeLogo(@PathVariable UUID id) {
        return logos.remove(new StoreId(id));
    }

    @GetMapping("/{id}/logo")
    ResponseEntity<byte[]> logo(@PathVariable UUID id) {
        return ImageResponses.of(logos.logo(new StoreId(id)));
    }
}
