package io.aftersales.reporting.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.organization.StoreView;
import io.aftersales.reporting.KpiMetric;
import io.aftersales.reporting.KpiTarget;
import io.aftersales.reporting.KpiTargets;
import io.aftersales.reporting.Reports;
import io.aftersales.reporting.TargetImport;
import io.aftersales.reporting.TargetProgress;
import io.aftersales.reporting.TargetSheet;
import io.aftersales.shared.Labels;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.web.XlsxDownload;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 指标细分: a store's month as a grid of targets, the store and each advisor and technician down the side, the main
 * figures across, each with its progress; managers type the targets in, the others see their own.
 */
@Controller
class TargetWebController {

    /** The figures the grid asks targets for. */
    static final List<KpiMetric> GRID = TargetImport.COLUMNS;

    private final KpiTargets targets;
    private final ReportDefaults defaults;
    private final OrganizationManagement organization;
    private final TargetImport sheets;
    private final Labels labels;

    TargetWebController(
            KpiTargets targets,
            ReportDefaults defaults,
            OrganizationManagement organization,
            TargetImport sheets,
            Labels labels) {
        this.targets = targets;
        this.defaults = defaults;
        this.organization = organization;
        this.sheets = sheets;
        this.labels = labels;
    }

    /** One cell of the grid: its index among the posted cells, the value typed and the progress of the stored one. */
    record Cell(
            int index,
            KpiMetric metric,
            @Nullable String value,
            @Nullable TargetProgress progress) {}

    record Row(
            @Nullable UserId personId,
            String name,
            @Nullable String roleKey,
            List<Cell> cells) {}

    @GetMapping("/reports/targets")
    String sheet(
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId,
            Model model) {
        TargetSheet sheet = targets.sheet(defaults.month(month), defaults.store(storeId));
        return page(sheet, Map.of(), model);
    }

    @PostMapping("/reports/targets")
    String set(
            @ModelAttribute("form") TargetForm form,
            BindingResult binding,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        YearMonth month = defaults.month(form.month());
        StoreId storeId = defaults.store(form.storeId());
        List<TargetForm.Cell> cells = form.cells() == null ? List.of() : form.cells();
        // What was typed, as typed, to show again beside the error (a value that is no number binds to nothing).
        Map<Integer, String> typed = new HashMap<>();
        for (int i = 0; request.getParameter("cells[" + i + "].metric") != null; i++) {
            typed.put(i, request.getParameter("cells[" + i + "].value"));
        }
        if (binding.hasErrors()) {
            model.addAttribute("invalid", "reports.targetsNotNumbers");
            return page(targets.sheet(month, storeId), typed, model);
        }
        try {
            targets.set(
                    month,
                    storeId,
                    cells.stream()
                            .filter(cell -> cell.metric() != null)
                            .map(cell ->
                                    new KpiTarget(cell.personId(), Objects.requireNonNull(cell.metric()), cell.value()))
                            .toList());
        } catch (InvalidInputException e) {
            model.addAttribute("invalid", e.messageKey());
            return page(targets.sheet(month, storeId), typed, model);
        }
        redirect.addFlashAttribute("saved", "reports.targetsSaved");
        return "redirect:/reports/targets?month=" + month + "&storeId=" + storeId;
    }

    @GetMapping("/reports/targets/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId) {
        YearMonth asked = defaults.month(month);
        StoreId store = defaults.store(storeId);
        return XlsxDownload.of("targets-" + asked + ".xlsx", out -> sheets.export(asked, store, out));
    }

    @PostMapping("/reports/targets/import")
    String importSheet(
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        YearMonth asked = defaults.month(month);
        StoreId store = defaults.store(storeId);
        try {
            TargetImport.Report report =
                    sheets.importSheet(asked, store, String.valueOf(file.getOriginalFilename()), file.getInputStream());
            if (report.written()) {
                redirect.addFlashAttribute("savedText", labels.text("reports.imported", report.targets()));
            } else if (report.problems().isEmpty()) {
                redirect.addFlashAttribute("failedText", labels.text("reports.importNothing"));
            } else {
                redirect.addFlashAttribute(
                        "failedText",
                        labels.text("reports.importProblems", report.problems().size()));
                redirect.addFlashAttribute("importProblems", report.problems());
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failedText", labels.text(e.messageKey(), e.args()));
        }
        return "redirect:/reports/targets?month=" + asked + "&storeId=" + store;
    }

    private String page(TargetSheet sheet, Map<Integer, String> typed, Model model) {
        SignedInUser me = CurrentUser.require();
        boolean editable = me.isManager();
        Map<String, TargetProgress> progress = new HashMap<>();
        sheet.rows().forEach(p -> progress.put(p.personId() + "/" + p.metric(), p));
        List<Row> rows = new ArrayList<>();
        int[] index = {0};
        if (Reports.readsEveryone(me)) {
            rows.add(row(null, storeName(sheet.storeId()), null, progress, typed, index));
            for (StaffMember member : organization.staffOf(sheet.storeId())) {
                String roleKey = member.has(Role.SERVICE_ADVISOR)
                        ? "reports.groupBy.ADVISOR"
                        : member.has(Role.TECHNICIAN) ? "reports.groupBy.TECHNICIAN" : null;
                if (roleKey != null) {
                    rows.add(row(member.id(), member.displayName(), roleKey, progress, typed, index));
                }
            }
        } else {
            rows.add(row(me.userId(), me.displayName(), null, progress, typed, index));
        }
        model.addAttribute("sheet", sheet);
        model.addAttribute("rows", rows);
        model.addAttribute("metrics", GRID);
        model.addAttribute("editable", editable);
        model.addAttribute("stores", defaults.visibleStores());
        return "reporting/targets";
    }

    private static Row row(
            @Nullable UserId personId,
            String name,
            @Nullable String roleKey,
            Map<String, TargetProgress> progress,
            Map<Integer, String> typed,
            int[] index) {
        List<Cell> cells = new ArrayList<>();
        for (KpiMetric metric : GRID) {
            int i = index[0]++;
            TargetProgress stored = progress.get(personId + "/" + metric);
            String value = typed.containsKey(i) ? typed.get(i) : stored == null ? null : plain(stored.target());
            cells.add(new Cell(i, metric, value, stored));
        }
        return new Row(personId, name, roleKey, cells);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private String storeName(StoreId id) {
        return organization.storesById(List.of(id)).stream()
                .map(StoreView::name)
                .findFirst()
                .orElse(id.toString());
    }
}
