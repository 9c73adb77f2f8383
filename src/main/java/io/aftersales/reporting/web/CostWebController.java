package io.aftersales.reporting.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.reporting.CostBudget;
import io.aftersales.reporting.CostCentre;
import io.aftersales.reporting.CostControl;
import io.aftersales.reporting.CostLine;
import io.aftersales.reporting.CostSheet;
import io.aftersales.reporting.NewCostEntry;
import io.aftersales.reporting.Reports;
import io.aftersales.shared.Paging;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.web.FormErrors;
import io.aftersales.shared.web.XlsxDownload;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 成本控制到人: a store's month of cost centres, the store and each person with their budget, what was spent and the
 * alerts; managers type the budgets into a grid, managers and finance enter the costs no work order records.
 */
@Controller
class CostWebController {

    /** The budget grid as posted: one cell per person (none: the store) and centre; a blank amount removes one. */
    record BudgetForm(
            @Nullable YearMonth month,
            @Nullable StoreId storeId,
            @Nullable List<Cell> cells) {

        record Cell(
                @Nullable UserId personId,
                @Nullable CostCentre centre,
                @Nullable BigDecimal amount) {}
    }

    /** A cost as typed; what is no number or date binds to nothing and shows its error. */
    record EntryForm(
            @Nullable UserId personId,
            @NotNull @Nullable CostCentre centre,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate day,

            @NotNull @Digits(integer = 12, fraction = 2) @Nullable
            BigDecimal amount,

            @NotBlank @Size(max = 200) @Nullable String note) {}

    record Cell(int index, CostCentre centre, @Nullable String value) {}

    record Row(
            @Nullable UserId personId,
            String name,
            @Nullable String roleKey,
            List<Cell> cells) {}

    private final CostControl costs;
    private final ReportDefaults defaults;
    private final OrganizationManagement organization;
    private final KpiSheets sheets;
    private final Reports reports;

    CostWebController(
            CostControl costs,
            ReportDefaults defaults,
            OrganizationManagement organization,
            KpiSheets sheets,
            Reports reports) {
        this.reports = reports;
        this.costs = costs;
        this.defaults = defaults;
        this.organization = organization;
        this.sheets = sheets;
    }

    @GetMapping("/reports/costs")
    String sheet(
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        YearMonth asked = defaults.month(month);
        model.addAttribute("entry", new EntryForm(null, CostCentre.CONSUMABLES, defaultDay(asked), null, null));
        return page(costs.sheet(asked, defaults.store(storeId)), page, Map.of(), model);
    }

    @PostMapping("/reports/costs/budgets")
    String setBudgets(
            @ModelAttribute("form") BudgetForm form,
            BindingResult binding,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        YearMonth month = defaults.month(form.month());
        StoreId storeId = defaults.store(form.storeId());
        Map<Integer, String> typed = new HashMap<>();
        for (int i = 0; request.getParameter("cells[" + i + "].centre") != null; i++) {
            typed.put(i, request.getParameter("cells[" + i + "].amount"));
        }
        model.addAttribute("entry", new EntryForm(null, CostCentre.CONSUMABLES, defaultDay(month), null, null));
        if (binding.hasErrors()) {
            model.addAttribute("invalid", "reports.budgetsNotNumbers");
            return page(costs.sheet(month, storeId), null, typed, model);
        }
        List<BudgetForm.Cell> cells = form.cells() == null ? List.of() : form.cells();
        if (cells.stream().anyMatch(c -> c.amount() != null && c.amount().signum() < 0)) {
            model.addAttribute("invalid", "reports.budgetsNotNumbers");
            return page(costs.sheet(month, storeId), null, typed, model);
        }
        try {
            costs.setBudgets(
                    month,
                    storeId,
                    cells.stream()
                            .filter(cell -> cell.centre() != null)
                            .map(cell -> new CostBudget(
                                    cell.personId(), Objects.requireNonNull(cell.centre()), cell.amount()))
                            .toList());
        } catch (InvalidInputException e) {
            model.addAttribute("invalid", e.messageKey());
            return page(costs.sheet(month, storeId), null, typed, model);
        }
        redirect.addFlashAttribute("saved", "reports.budgetsSaved");
        return "redirect:/reports/costs?month=" + month + "&storeId=" + storeId;
    }

    @PostMapping("/reports/costs/entries")
    String record(
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId,
            @Valid @ModelAttribute("entry") EntryForm entry,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        YearMonth asked = defaults.month(month);
        StoreId store = defaults.store(storeId);
        if (!binding.hasErrors()) {
            try {
                costs.record(new NewCostEntry(
                        store,
                        entry.personId(),
                        Objects.requireNonNull(entry.centre()),
                        Objects.requireNonNull(entry.day()),
                        Objects.requireNonNull(entry.amount()),
                        Objects.requireNonNull(entry.note())));
                redirect.addFlashAttribute("saved", "reports.costRecorded");
                return "redirect:/reports/costs?month=" + YearMonth.from(entry.day()) + "&storeId=" + store;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        return page(costs.sheet(asked, store), null, Map.of(), model);
    }

    @GetMapping("/reports/costs/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId) {
        CostSheet sheet = costs.sheet(defaults.month(month), defaults.store(storeId));
        return XlsxDownload.of("costs-" + sheet.month() + ".xlsx", out -> sheets.write(sheet, out));
    }

    @GetMapping("/reports/costs/work-orders")
    String jobs(
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam CostCentre centre,
            @RequestParam(required = false) @Nullable UserId personId,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        YearMonth asked = defaults.month(month);
        StoreId store = defaults.store(storeId);
        model.addAttribute(
                "result", costs.jobs(asked, store, centre, personId, Paging.request(page, null, Paging.DEFAULT_SIZE)));
        model.addAttribute("month", asked);
        model.addAttribute("storeId", store);
        model.addAttribute("centre", centre);
        model.addAttribute("personId", personId);
        return "reporting/cost-work-orders";
    }

    private String page(CostSheet sheet, @Nullable Integer page, Map<Integer, String> typed, Model model) {
        SignedInUser me = CurrentUser.require();
        Map<String, CostLine> lines = new HashMap<>();
        sheet.lines().forEach(l -> lines.put(l.personId() + "/" + l.centre(), l));
        List<StaffMember> staff = Reports.readsEveryone(me) ? organization.staffOf(sheet.storeId()) : List.of();
        List<Row> rows = new ArrayList<>();
        int[] index = {0};
        if (me.isManager()) {
            rows.add(row(null, storeName(sheet), null, lines, typed, index));
            for (StaffMember member : staff) {
                rows.add(row(member.id(), member.displayName(), roleKey(member), lines, typed, index));
            }
        }
        model.addAttribute("sheet", sheet);
        model.addAttribute("rows", rows);
        model.addAttribute("centres", CostCentre.values());
        model.addAttribute(
                "enteredCentres",
                Arrays.stream(CostCentre.values())
                        .filter(c -> !c.fromWorkOrders())
                        .toList());
        model.addAttribute("staff", staff);
        model.addAttribute("editable", me.isManager());
        model.addAttribute("canEnter", Reports.readsEveryone(me));
        model.addAttribute("stores", defaults.visibleStores());
        model.addAttribute(
                "entries",
                costs.entries(sheet.month(), sheet.storeId(), Paging.request(page, null, Paging.DEFAULT_SIZE)));
        return "reporting/costs";
    }

    private static @Nullable String roleKey(StaffMember member) {
        for (Role role : Role.values()) {
            if (member.has(role)) {
                return "role." + role;
            }
        }
        return null;
    }

    private static Row row(
            @Nullable UserId personId,
            String name,
            @Nullable String roleKey,
            Map<String, CostLine> lines,
            Map<Integer, String> typed,
            int[] index) {
        List<Cell> cells = new ArrayList<>();
        for (CostCentre centre : CostCentre.values()) {
            int i = index[0]++;
            CostLine line = lines.get(personId + "/" + centre);
            String value = typed.containsKey(i)
                    ? typed.get(i)
                    : line == null || line.budget() == null
                            ? null
                            : line.budget().stripTrailingZeros().toPlainString();
            cells.add(new Cell(i, centre, value));
        }
        return new Row(personId, name, roleKey, cells);
    }

    private String storeName(CostSheet sheet) {
        return organization.store(sheet.storeId()).name();
    }

    /** Today for this month, else the month's last day: where a new entry is most likely to belong. */
    private LocalDate defaultDay(YearMonth month) {
        LocalDate today = reports.today();
        return month.equals(YearMonth.from(today)) ? today : month.atEndOfMonth();
    }
}
