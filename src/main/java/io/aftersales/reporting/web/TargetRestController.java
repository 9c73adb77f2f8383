package io.aftersales.reporting.web;

import io.aftersales.reporting.KpiTarget;
import io.aftersales.reporting.KpiTargets;
import io.aftersales.reporting.TargetSheet;
import io.aftersales.shared.StoreId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TargetRestController {

    record TargetsRequest(
            @Schema(type = "string", example = "2026-12", pattern = "^\\d{4}-\\d{2}$") @NotNull
            YearMonth month,

            @NotNull StoreId storeId,
            @NotNull @Size(max = 1000) List<@Valid @NotNull KpiTarget> targets) {}

    private final KpiTargets targets;
    private final ReportDefaults defaults;

    TargetRestController(KpiTargets targets, ReportDefaults defaults) {
        this.targets = targets;
        this.defaults = defaults;
    }

    @Operation(
            summary = "A store's targets of a month with their progress",
            description = "month yyyy-MM (this month when left out), storeId (the current or first store the user"
                    + " sees). Each target with the figure so far, per cent reached, the pace to date and the"
                    + " month-end forecast at the same daily rate. Advisors and technicians get their own targets.")
    @GetMapping("/api/v1/reports/targets")
    TargetSheet sheet(
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId) {
        return targets.sheet(defaults.month(month), defaults.store(storeId));
    }

    @Operation(
            summary = "Sets targets of a store's month (managers)",
            description = "Only the targets given change; a null value removes one. Figures that do not add up"
                    + " day by day (averages, rates) take no target.")
    @PutMapping("/api/v1/reports/targets")
    TargetSheet set(@Valid @RequestBody TargetsRequest request) {
        return targets.set(request.month(), request.storeId(), request.targets());
    }
}
