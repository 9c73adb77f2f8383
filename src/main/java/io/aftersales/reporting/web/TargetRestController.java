package io.aftersales.reporting.web;

import io.aftersales.reporting.KpiTarget;
import io.aftersales.reporting.KpiTargets;
import io.aftersales.reporting.TargetImport;
import io.aftersales.reporting.TargetSheet;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.web.XlsxDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class TargetRestController {

    record TargetsRequest(
            @Schema(type = "string", example = "2026-12", pattern = "^\\d{4}-\\d{2}$") @NotNull
            YearMonth month,

            @NotNull StoreId storeId,
            @NotNull @Size(max = 1000) List<@Valid @NotNull KpiTarget> targets) {}

    private final KpiTargets targets;
    private final ReportDefaults defaults;
    private final TargetImport sheets;

    TargetRestController(KpiTargets targets, ReportDefaults defaults, TargetImport sheets) {
        this.targets = targets;
        this.defaults = defaults;
        this.sheets = sheets;
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
            summary = "A store's targets of a month as a sheet to fill in and import (managers)",
            description = "The store and each advisor and technician with their ID, a column per figure.")
    @GetMapping(path = "/api/v1/reports/targets/export", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId) {
        YearMonth asked = defaults.month(month);
        StoreId store = defaults.store(storeId);
        return XlsxDownload.of("targets-" + asked + ".xlsx", out -> sheets.export(asked, store, out));
    }

    @Operation(
            summary = "Targets of a store's month from a sheet (.xlsx or .csv; managers)",
            description = "A row per store or person (named, or by the ID column of the exported sheet), a column per"
                    + " figure headed as on the page in any language; a blank cell changes nothing. All rows are"
                    + " taken, or none: 422 with the problems by row.")
    @PostMapping(path = "/api/v1/reports/targets/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<TargetImport.Report> importSheet(
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam MultipartFile file)
            throws IOException {
        TargetImport.Report report = sheets.importSheet(
                defaults.month(month),
                defaults.store(storeId),
                String.valueOf(file.getOriginalFilename()),
                file.getInputStream());
        return ResponseEntity.status(report.problems().isEmpty() ? 200 : 422).body(report);
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
