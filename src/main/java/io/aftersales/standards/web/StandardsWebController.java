package io.aftersales.standards.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.security.CurrentStore;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.web.FormErrors;
import io.aftersales.shared.web.ImageResponses;
import io.aftersales.shared.web.NavItem;
import io.aftersales.standards.ActionStatus;
import io.aftersales.standards.AuditArea;
import io.aftersales.standards.AuditChecklistRequest;
import io.aftersales.standards.AuditChecklistView;
import io.aftersales.standards.AuditPhotoId;
import io.aftersales.standards.ChecklistId;
import io.aftersales.standards.CorrectiveActionId;
import io.aftersales.standards.ExecutionRate;
import io.aftersales.standards.StoreAuditId;
import io.aftersales.standards.StoreAuditView;
import io.aftersales.standards.StoreAudits;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Standards audits in the browser: the execution rate per store over six months with the audits, recording an audit
 * item by item, an audit with its photos and actions, the checklists, and the corrective actions to close.
 */
@Controller
class StandardsWebController {

    private static final int MONTHS = 6;

    private final StoreAudits audits;
    private final OrganizationManagement organization;
    private final Clock clock;

    StandardsWebController(StoreAudits audits, OrganizationManagement organization, Clock clock) {
        this.audits = audits;
        this.organization = organization;
        this.clock = clock;
    }

    @Bean
    static NavItem storeAuditsNavItem() {
        return new NavItem("nav.storeAudits", "/store-audits", "✓", 29, Set.of()).inGroup(NavItem.REPORTS);
    }

    @Bean
    static NavItem correctiveActionsNavItem() {
        return new NavItem("nav.correctiveActions", "/corrective-actions", "⚐", 46, Set.of()).inGroup(NavItem.STAFF);
    }

    @GetMapping("/store-audits")
    String list(
            @RequestParam(required = false) @Nullable AuditArea area,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        YearMonth now = YearMonth.from(today());
        List<ExecutionRate> rates = audits.rates(now.minusMonths(MONTHS - 1L), now);
        model.addAttribute(
                "months",
                IntStream.range(0, MONTHS)
                        .mapToObj(i -> now.minusMonths(MONTHS - 1L - i))
                        .toList());
        model.addAttribute(
                "rates",
                rates.stream()
                        .collect(Collectors.groupingBy(
                                ExecutionRate::storeName, java.util.LinkedHashMap::new, Collectors.toList())));
        model.addAttribute("result", audits.search(null, area, page, 25));
        model.addAttribute("areas", AuditArea.values());
        model.addAttribute("area", area);
        model.addAttribute("storeNames", storeNames());
        return "standards/audits";
    }

    @GetMapping("/store-audits/new")
    String newForm(
            @RequestParam(required = false) @Nullable ChecklistId checklistId,
            @RequestParam(required = false) @Nullable StoreId storeId,
            Model model) {
        StoreAuditForm form = new StoreAuditForm();
        form.setChecklistId(checklistId);
        form.setStoreId(storeId == null ? CurrentStore.find().orElse(null) : storeId);
        form.setAuditedOn(today());
        model.addAttribute("form", form);
        return form(model, form);
    }

    @PostMapping("/store-audits/new")
    String record(
            @Validated @ModelAttribute("form") StoreAuditForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.getStoreId() == null) {
            result.rejectValue("storeId", "storeAudit.storeRequired");
        }
        if (form.getChecklistId() == null) {
            result.rejectValue("checklistId", "storeAudit.checklistRequired");
        }
        audits.checklists().stream()
                .filter(c -> c.id().equals(form.getChecklistId()))
                .findFirst()
                .ifPresent(c -> {
                    while (form.getResults().size() < c.items().size()) {
                        form.getResults().add(new StoreAuditForm.Row());
                    }
                });
        for (int i = 0; i < form.getResults().size(); i++) {
            if (form.getResults().get(i).getPassed() == null) {
                result.rejectValue("results[" + i + "].passed", "storeAudit.answerRequired");
            }
        }
        if (!result.hasErrors()) {
            try {
                StoreAuditView recorded = audits.record(form.toNewAudit());
                redirect.addFlashAttribute("saved", "storeAudit.recorded");
                return "redirect:/store-audits/" + recorded.id();
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return form(model, form);
    }

    private String form(Model model, StoreAuditForm form) {
        List<AuditChecklistView> active =
                audits.checklists().stream().filter(AuditChecklistView::active).toList();
        model.addAttribute("checklists", active);
        model.addAttribute("stores", organization.visibleStores());
        AuditChecklistView checklist = active.stream()
                .filter(c -> c.id().equals(form.getChecklistId()))
                .findFirst()
                .orElse(null);
        model.addAttribute("checklist", checklist);
        if (checklist != null) {
            while (form.getResults().size() < checklist.items().size()) {
                form.getResults().add(new StoreAuditForm.Row());
            }
            model.addAttribute(
                    "staff", form.getStoreId() == null ? List.of() : organization.staffOf(form.getStoreId()));
            model.addAttribute("defaultDeadline", today().plusDays(StoreAudits.CORRECTION_DAYS));
        }
        return "standards/audit-form";
    }

    @GetMapping("/store-audits/{id}")
    String show(@PathVariable StoreAuditId id, Model model) {
        model.addAttribute("audit", audits.get(id));
        model.addAttribute("storeNames", storeNames());
        return "standards/audit";
    }

    @PostMapping("/store-audits/{id}/photos")
    String addPhoto(
            @PathVariable StoreAuditId id,
            @RequestParam(required = false) @Nullable MultipartFile photo,
            @RequestParam(required = false) @Nullable String caption,
            RedirectAttributes redirect)
            throws IOException {
        try {
            audits.addPhoto(id, caption, photo == null ? new byte[0] : photo.getBytes());
            redirect.addFlashAttribute("saved", "storeAudit.photoAdded");
        } catch (DomainException e) {
            redirect.addFlashAttribute("failed", e.messageKey());
        }
        return "redirect:/store-audits/" + id;
    }

    @GetMapping("/store-audits/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable StoreAuditId id, @PathVariable AuditPhotoId photoId) {
        return ImageResponses.of(audits.photo(id, photoId));
    }

    @GetMapping("/audit-checklists")
    String checklists(Model model) {
        model.addAttribute("checklists", audits.checklists());
        return "standards/checklists";
    }

    @GetMapping("/audit-checklists/new")
    String newChecklist(Model model) {
        model.addAttribute("form", new ChecklistForm());
        model.addAttribute("areas", AuditArea.values());
        return "standards/checklist-form";
    }

    @PostMapping("/audit-checklists/new")
    String createChecklist(
            @Validated @ModelAttribute("form") ChecklistForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return saveChecklist(form, result, model, redirect, request -> audits.createChecklist(request));
    }

    @GetMapping("/audit-checklists/{id}/edit")
    String editChecklist(@PathVariable ChecklistId id, Model model) {
        model.addAttribute("form", ChecklistForm.of(audits.checklist(id)));
        model.addAttribute("checklistId", id);
        model.addAttribute("areas", AuditArea.values());
        return "standards/checklist-form";
    }

    @PostMapping("/audit-checklists/{id}/edit")
    String updateChecklist(
            @PathVariable ChecklistId id,
            @Validated @ModelAttribute("form") ChecklistForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("checklistId", id);
        return saveChecklist(
                form, result, model, redirect, request -> audits.updateChecklist(id, form.getVersion(), request));
    }

    private String saveChecklist(
            ChecklistForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            java.util.function.Function<AuditChecklistRequest, AuditChecklistView> save) {
        AuditChecklistRequest request = result.hasErrors() ? null : form.toRequest();
        if (request == null && !result.hasFieldErrors("items")) {
            result.rejectValue("items", "checklist.itemsUnreadable");
        }
        if (request != null && !result.hasErrors()) {
            try {
                save.apply(request);
                redirect.addFlashAttribute("saved", "common.saved");
                return "redirect:/audit-checklists";
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("areas", AuditArea.values());
        return "standards/checklist-form";
    }

    @GetMapping("/corrective-actions")
    String actions(
            @RequestParam(required = false) @Nullable ActionStatus status,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute("result", audits.actions(null, status, mine, overdue, page, 25));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("mine", mine);
        model.addAttribute("overdue", overdue);
        model.addAttribute("myId", CurrentUser.require().userId());
        model.addAttribute("manager", CurrentUser.require().isManager());
        model.addAttribute("storeNames", storeNames());
        return "standards/actions";
    }

    @PostMapping("/corrective-actions/{id}/close")
    String close(
            @PathVariable CorrectiveActionId id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        try {
            audits.close(id, version, note, null);
            redirect.addFlashAttribute("saved", "correctiveAction.closed");
        } catch (DomainException e) {
            redirect.addFlashAttribute("failed", e.messageKey());
        }
        return "redirect:/corrective-actions";
    }

    private Map<StoreId, String> storeNames() {
        return organization.visibleStores().stream().collect(Collectors.toMap(StoreView::id, StoreView::name));
    }

    private LocalDate today() {
        return LocalDate.now(
                clock.withZone(organization.zoneOf(CurrentStore.find().orElse(null))));
    }
}
