package io.aftersales.staff.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.web.FormSteps;
import io.aftersales.shared.web.XlsxDownload;
import io.aftersales.staff.CommissionBasis;
import io.aftersales.staff.CommissionRule;
import io.aftersales.staff.CommissionStatementId;
import io.aftersales.staff.Commissions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 提成: a store's month of statements (a person's own on a phone), computing, approving and locking it, and the rules
 * (tiers typed as {@code 0:1.5; 100000:2}).
 */
@Controller
class CommissionWebController {

    record VersionForm(@NotNull @Nullable Long version) {}

    /** A rule's row of the form: the role and basis, its tiers and cap as typed. */
    record RuleRow(Role role, CommissionBasis basis, String tiers, String cap) {}

    private final Commissions commissions;
    private final OrganizationManagement organization;
    private final FormSteps steps;
    private final Clock clock;

    CommissionWebController(
            Commissions commissions, OrganizationManagement organization, FormSteps steps, Clock clock) {
        this.commissions = commissions;
        this.organization = organization;
        this.steps = steps;
        this.clock = clock;
    }

    @GetMapping("/staff/commissions")
    String page(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable YearMonth month,
            Model model) {
        StoreId store = organization.storeOrDefault(storeId);
        YearMonth shown = month != null
                ? month
                : YearMonth.now(clock.withZone(organization.zoneOf(store))).minusMonths(1);
        model.addAttribute("storeId", store);
        model.addAttribute("month", shown);
        model.addAttribute("stores", organization.visibleStores());
        model.addAttribute("statements", commissions.statements(store, shown));
        Map<String, CommissionRule> rules = commissions.rules().stream()
                .collect(Collectors.toMap(r -> r.role() + "." + r.basis(), r -> r, (a, b) -> a, LinkedHashMap::new));
        List<RuleRow> rows = new ArrayList<>();
        for (Role role : List.of(Role.SERVICE_ADVISOR, Role.TECHNICIAN)) {
            for (CommissionBasis basis : CommissionBasis.values()) {
                if (basis == CommissionBasis.ADJUSTMENT) {
                    continue;
                }
                CommissionRule rule = rules.get(role + "." + basis);
                rows.add(new RuleRow(
                        role,
                        basis,
                        rule == null
                                ? ""
                                : rule.tiers().stream()
                                        .map(t -> t.from().stripTrailingZeros().toPlainString() + ":"
                                                + t.ratePercent()
                                                        .stripTrailingZeros()
                                                        .toPlainString())
                                        .collect(Collectors.joining("; ")),
                        rule == null || rule.monthlyCap() == null
                                ? ""
                                : rule.monthlyCap().toPlainString()));
            }
        }
        model.addAttribute("ruleRows", rows);
        return "staff/commissions";
    }

    @GetMapping("/staff/commissions/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable StoreId storeId, @RequestParam YearMonth month) {
        StoreId store = organization.storeOrDefault(storeId);
        return XlsxDownload.of("commissions-" + month + ".xlsx", out -> commissions.export(store, month, out));
    }

    @PostMapping("/staff/commissions/compute")
    String compute(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam YearMonth month,
            RedirectAttributes redirect) {
        StoreId store = organization.storeOrDefault(storeId);
        steps.runSaying(redirect, () -> {
            commissions.compute(store, month);
            return "commission.computed";
        });
        return back(store, month);
    }

    @PostMapping("/staff/commissions/{id}/approve")
    String approve(
            @PathVariable CommissionStatementId id,
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam YearMonth month,
            @Valid @ModelAttribute VersionForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        steps.run(binding, redirect, () -> commissions.approve(id, Objects.requireNonNull(form.version())));
        return back(organization.storeOrDefault(storeId), month);
    }

    @PostMapping("/staff/commissions/lock")
    String lock(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam YearMonth month,
            RedirectAttributes redirect) {
        StoreId store = organization.storeOrDefault(storeId);
        steps.runSaying(redirect, () -> {
            commissions.lock(store, month);
            return "commission.locked";
        });
        return back(store, month);
    }

    /** One pair of fields per role and basis: {@code tiers.ROLE.BASIS} and {@code cap.ROLE.BASIS}. */
    @PostMapping("/staff/commission-rules")
    String rules(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable YearMonth month,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        List<CommissionRule> rules = new ArrayList<>();
        for (Role role : List.of(Role.SERVICE_ADVISOR, Role.TECHNICIAN)) {
            for (CommissionBasis basis : CommissionBasis.values()) {
                String tiers = request.getParameter("tiers." + role + "." + basis);
                if (basis == CommissionBasis.ADJUSTMENT || tiers == null) {
                    continue;
                }
                CommissionRule rule = parse(role, basis, tiers, request.getParameter("cap." + role + "." + basis));
                if (rule == null) {
                    redirect.addFlashAttribute("failed", "commission.badTiers");
                    return back(organization.storeOrDefault(storeId), month);
                }
                rules.add(rule);
            }
        }
        steps.run(redirect, () -> commissions.setRules(rules));
        return back(organization.storeOrDefault(storeId), month);
    }

    /** A rule from its typed tiers ({@code from:rate} pairs by {@code ;}) and cap; null when they do not parse. */
    static @Nullable CommissionRule parse(Role role, CommissionBasis basis, String tiers, @Nullable String cap) {
        try {
            List<CommissionRule.Tier> parsed = new ArrayList<>();
            for (String pair : tiers.split("[;；]")) {
                if (pair.isBlank()) {
                    continue;
                }
                String[] parts = pair.split("[:：]");
                if (parts.length != 2) {
                    return null;
                }
                BigDecimal from = new BigDecimal(parts[0].trim());
                BigDecimal rate = new BigDecimal(parts[1].trim());
                if (from.signum() < 0
                        || rate.signum() < 0
                        || rate.compareTo(BigDecimal.valueOf(100)) > 0
                        || from.scale() > 2
                        || rate.scale() > 3
                        || from.precision() - from.scale() > 12) {
                    return null;
                }
                parsed.add(new CommissionRule.Tier(from, rate));
            }
            BigDecimal limit = cap == null || cap.isBlank() ? null : new BigDecimal(cap.trim());
            if (limit != null && (limit.signum() < 0 || limit.scale() > 2 || limit.precision() - limit.scale() > 10)) {
                return null;
            }
            return new CommissionRule(role, basis, parsed, limit);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String back(StoreId store, @Nullable YearMonth month) {
        return "redirect:/staff/commissions?storeId=" + store + (month == null ? "" : "&month=" + month);
    }
}
