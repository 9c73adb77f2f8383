package io.aftersales.warranty.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentStore;
import io.aftersales.shared.web.FormErrors;
import io.aftersales.shared.web.NavItem;
import io.aftersales.warranty.ClaimStatus;
import io.aftersales.warranty.OldPartId;
import io.aftersales.warranty.OldPartStatus;
import io.aftersales.warranty.OldPartView;
import io.aftersales.warranty.OldParts;
import io.aftersales.warranty.WarrantyClaimId;
import io.aftersales.warranty.WarrantyClaimView;
import io.aftersales.warranty.WarrantyClaims;
import io.aftersales.workorder.LineKind;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderManagement;
import io.aftersales.workorder.WorkOrderView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Warranty claims and old parts in the browser: the claims with this month's reconciliation and the jobs still to
 * claim, the claim form, a claim with the maker's decision and payment, and the old-part store with its moves.
 */
@Controller
class WarrantyWebController {

    private static final Set<String> DESK = Set.of(
            "ROLE_ADMIN", "ROLE_HQ", "ROLE_STORE_MANAGER", "ROLE_SERVICE_ADVISOR", "ROLE_PARTS_CLERK", "ROLE_FINANCE");

    private final WarrantyClaims claims;
    private final OldParts oldParts;
    private final WorkOrderManagement workOrders;
    private final OrganizationManagement organization;
    private final Clock clock;

    WarrantyWebController(
            WarrantyClaims claims,
            OldParts oldParts,
            WorkOrderManagement workOrders,
            OrganizationManagement organization,
            Clock clock) {
        this.clock = clock;
        this.claims = claims;
        this.oldParts = oldParts;
        this.workOrders = workOrders;
        this.organization = organization;
    }

    @Bean
    static NavItem warrantyClaimsNavItem() {
        return new NavItem("nav.warrantyClaims", "/warranty-claims", "⚑", 34, DESK).inGroup(NavItem.PARTS);
    }

    @Bean
    static NavItem oldPartsNavItem() {
        return new NavItem("nav.oldParts", "/old-parts", "♲", 35, DESK).inGroup(NavItem.PARTS);
    }

    @GetMapping("/warranty-claims")
    String list(
            @RequestParam(required = false) @Nullable ClaimStatus status,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        LocalDate today = today();
        model.addAttribute("result", claims.search(null, status, q, null, page, 25));
        model.addAttribute("month", claims.reconciliation(today.withDayOfMonth(1), today, null));
        model.addAttribute("toClaim", claims.toClaim(0, 10));
        model.addAttribute("statuses", ClaimStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("zone", zone());
        return "warranty/claims";
    }

    @GetMapping("/warranty-claims/new")
    String newForm(@RequestParam WorkOrderId workOrderId, Model model) {
        WarrantyClaimView existing = claims.ofWorkOrder(workOrderId);
        if (existing != null) {
            return "redirect:/warranty-claims/" + existing.id();
        }
        WarrantyClaimForm form = new WarrantyClaimForm();
        form.setWorkOrderId(workOrderId);
        model.addAttribute("form", form);
        return form(workOrderId, model);
    }

    @PostMapping("/warranty-claims/new")
    String create(
            @Validated @ModelAttribute("form") WarrantyClaimForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkOrderId workOrderId = form.getWorkOrderId();
        if (workOrderId == null) {
            return "redirect:/warranty-claims";
        }
        if (!result.hasErrors()) {
            try {
                WarrantyClaimView created = claims.create(form.toNewClaim());
                redirect.addFlashAttribute("saved", "warrantyClaim.created");
                return "redirect:/warranty-claims/" + created.id();
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            } catch (IllegalArgumentException e) {
                FormErrors.reject(result, new InvalidInputException("labourCodes", "warrantyClaim.notALabourLine"));
            }
        }
        return form(workOrderId, model);
    }

    private String form(WorkOrderId workOrderId, Model model) {
        WorkOrderView order = workOrders.get(workOrderId);
        List<WorkOrderView.LineView> lines = WarrantyClaims.warrantyLines(order);
        model.addAttribute("order", order);
        model.addAttribute("lines", lines);
        model.addAttribute(
                "total", lines.stream().map(WorkOrderView.LineView::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("labour", LineKind.LABOR);
        return "warranty/claim-form";
    }

    @GetMapping("/warranty-claims/{id}")
    String show(@PathVariable WarrantyClaimId id, Model model) {
        model.addAttribute("claim", claims.get(id));
        model.addAttribute("today", today());
        model.addAttribute("zone", zone());
        return "warranty/claim";
    }

    @PostMapping("/warranty-claims/{id}/approve")
    String approve(
            @PathVariable WarrantyClaimId id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable BigDecimal approvedAmount,
            @RequestParam(required = false) @Nullable String makerReference,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "warrantyClaim.saved.approved",
                () -> claims.approve(
                        id,
                        version,
                        required(approvedAmount, "approvedAmount", "warrantyClaim.approvedOutOfRange"),
                        makerReference));
    }

    @PostMapping("/warranty-claims/{id}/reject")
    String reject(
            @PathVariable WarrantyClaimId id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @Nullable String makerReference,
            RedirectAttributes redirect) {
        return act(
                id, redirect, "warrantyClaim.saved.rejected", () -> claims.reject(id, version, reason, makerReference));
    }

    @PostMapping("/warranty-claims/{id}/resubmit")
    String resubmit(
            @PathVariable WarrantyClaimId id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String faultCode,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        return act(
                id, redirect, "warrantyClaim.saved.resubmitted", () -> claims.resubmit(id, version, faultCode, note));
    }

    @PostMapping("/warranty-claims/{id}/pay")
    String pay(
            @PathVariable WarrantyClaimId id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable BigDecimal paidAmount,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
            @RequestParam(required = false) @Nullable String paymentReference,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "warrantyClaim.saved.paid",
                () -> claims.pay(
                        id,
                        version,
                        required(paidAmount, "paidAmount", "warrantyClaim.paidOutOfRange"),
                        required(paidOn, "paidOn", "warrantyClaim.paidOnRequired"),
                        paymentReference));
    }

    private String act(
            WarrantyClaimId id, RedirectAttributes redirect, String done, Supplier<WarrantyClaimView> action) {
        try {
            action.get();
            redirect.addFlashAttribute("saved", done);
        } catch (DomainException e) {
            failed(redirect, e);
        }
        return "redirect:/warranty-claims/" + id;
    }

    @GetMapping("/old-parts")
    String oldParts(
            @RequestParam(required = false) @Nullable OldPartStatus status,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute("result", oldParts.search(null, status, q, page, 50));
        model.addAttribute("statuses", OldPartStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("zone", zone());
        return "warranty/old-parts";
    }

    /** Puts the selected parts in a bin (the form's buttons post to this, ship or scrap). */
    @PostMapping("/old-parts/store")
    String store(
            @RequestParam(defaultValue = "") List<String> selected,
            @RequestParam(defaultValue = "") String bin,
            @RequestParam(required = false) @Nullable OldPartStatus status,
            RedirectAttributes redirect) {
        return move(redirect, status, () -> oldParts.store(selection(selected), bin));
    }

    @PostMapping("/old-parts/ship")
    String ship(
            @RequestParam(defaultValue = "") List<String> selected,
            @RequestParam(defaultValue = "") String shipment,
            @RequestParam(required = false) @Nullable OldPartStatus status,
            RedirectAttributes redirect) {
        return move(redirect, status, () -> oldParts.ship(selection(selected), shipment));
    }

    @PostMapping("/old-parts/scrap")
    String scrap(
            @RequestParam(defaultValue = "") List<String> selected,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @Nullable OldPartStatus status,
            RedirectAttributes redirect) {
        return move(redirect, status, () -> oldParts.scrap(selection(selected), reason));
    }

    private static String move(
            RedirectAttributes redirect, @Nullable OldPartStatus status, Supplier<List<OldPartView>> move) {
        try {
            move.get();
            redirect.addFlashAttribute("saved", "oldPart.moved");
        } catch (DomainException e) {
            failed(redirect, e);
        }
        return status == null ? "redirect:/old-parts" : "redirect:/old-parts?status=" + status;
    }

    /** Each checkbox is {@code id:version}, so that a part changed since the page was read is refused. */
    private static List<OldParts.Selected> selection(List<String> selected) {
        List<OldParts.Selected> parts = new ArrayList<>();
        for (String value : selected) {
            String[] idAndVersion = value.split(":", 2);
            try {
                parts.add(new OldParts.Selected(
                        new OldPartId(UUID.fromString(idAndVersion[0])), Long.parseLong(idAndVersion[1])));
            } catch (RuntimeException e) {
                throw new InvalidInputException("selected", "oldPart.noneSelected");
            }
        }
        return parts;
    }

    private static void failed(RedirectAttributes redirect, DomainException e) {
        redirect.addFlashAttribute("failed", e.messageKey());
        redirect.addFlashAttribute("failedArgs", e.args());
    }

    private static <T> T required(@Nullable T value, String field, String messageKey) {
        if (value == null) {
            throw new InvalidInputException(field, messageKey);
        }
        return value;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    private ZoneId zone() {
        return organization.zoneOf(CurrentStore.find().orElse(null));
    }
}
