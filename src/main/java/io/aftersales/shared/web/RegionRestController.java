package io.aftersales.shared.web;

import io.aftersales.shared.Regions;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Regions", description = "Chinese administrative regions (GB/T 2260) for address pickers.")
@RestController
class RegionRestController {

    private final Regions regions;

    RegionRestController(Regions regions) {
        this.regions = regions;
    }

    /** The provinces without {@code parent}; the cities or districts under it otherwise (GB/T 2260 codes). */
    @GetMapping("/api/v1/regions")
    List<Regions.Region> list(@RequestParam(required = false) @Nullable String parent) {
        return parent == null || parent.isBlank() ? regions.provinces() : regions.children(parent);
    }
}
