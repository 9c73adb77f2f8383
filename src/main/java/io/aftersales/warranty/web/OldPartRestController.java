package io.aftersales.warranty.web;

import io.aftersales.shared.PagedResult;
import io.aftersales.shared.StoreId;
import io.aftersales.warranty.OldPartId;
import io.aftersales.warranty.OldPartStatus;
import io.aftersales.warranty.OldPartView;
import io.aftersales.warranty.OldParts;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Old parts",
        description = "The old-part store (旧件库): parts taken off under warranty, tagged with their claim, stored in"
                + " bins, shipped back to the maker or scrapped; each traceable to its claim, work order line and the"
                + " ledger row of the new part.")
@RestController
@RequestMapping("/api/v1/old-parts")
class OldPartRestController {

    record OldPartsStoring(
            @NotEmpty List<OldParts.@Valid Selected> parts,
            @NotBlank @Size(max = 30) String bin) {}

    record OldPartsShipment(
            @NotEmpty List<OldParts.@Valid Selected> parts,
            @NotBlank @Size(max = 60) String shipment) {}

    record OldPartsScrapping(
            @NotEmpty List<OldParts.@Valid Selected> parts,
            @NotBlank @Size(max = 300) String reason) {}

    private final OldParts oldParts;

    OldPartRestController(OldParts oldParts) {
        this.oldParts = oldParts;
    }

    /** Old parts, newest first; {@code q} finds a tag, a part number or a shipment. */
    @GetMapping
    PagedResult<OldPartView> search(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable OldPartStatus status,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return oldParts.search(storeId, status, q, page, size);
    }

    @GetMapping("/{id}")
    OldPartView get(@PathVariable OldPartId id) {
        return oldParts.get(id);
    }

    /** Puts the parts in a bin, all or nothing. */
    @PostMapping("/store")
    List<OldPartView> store(@Valid @RequestBody OldPartsStoring request) {
        return oldParts.store(request.parts(), request.bin());
    }

    /** Ships stored parts back to the maker under one shipment number, all or nothing. */
    @PostMapping("/ship")
    List<OldPartView> ship(@Valid @RequestBody OldPartsShipment request) {
        return oldParts.ship(request.parts(), request.shipment());
    }

    /** Scraps parts the maker does not want back, all or nothing. */
    @PostMapping("/scrap")
    List<OldPartView> scrap(@Valid @RequestBody OldPartsScrapping request) {
        return oldParts.scrap(request.parts(), request.reason());
    }
}
