package io.aftersales.shared.web;

import io.aftersales.shared.Regions;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The options of the address picker's next select (htmx). */
@Controller
class RegionWebController {

    private final Regions regions;

    RegionWebController(Regions regions) {
        this.regions = regions;
    }

    /** Picking a province fills the city select and empties the district one; picking a city fills the districts. */
    @GetMapping("/regions/options")
    String options(
            @RequestParam(required = false) @Nullable String province,
            @RequestParam(required = false) @Nullable String city,
            Model model) {
        boolean cities = city == null;
        String parent = cities ? province : city;
        model.addAttribute("options", parent == null || parent.isBlank() ? List.of() : regions.children(parent));
        model.addAttribute("resetDistricts", cities);
        return "fragments/regions :: options";
    }
}
