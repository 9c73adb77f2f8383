package io.aftersales.staff.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.web.XlsxDownload;
import io.aftersales.staff.CommissionRule;
import io.aftersales.staff.CommissionStatementId;
import io.aftersales.staff.CommissionStatementView;
import io.aftersales.staff.Commissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Commissions",
        description = "提成: rules per role and basis with marginal tiers and a cap; monthly statements per store and"
                + " person, computed, approved by a manager and locked by finance.")
class CommissionRestController {

    /** A store's month (the caller's current store when left out). */
    @Schema(name = "CommissionStoreMonth")
    record StoreMonth(@Nullable StoreId storeId, @NotNull YearMonth month) {}

    record StatementVersion(@NotNull Long version) {}

    private final Commissions commissions;
    private final OrganizationManagement organization;

    CommissionRestController(Commissions commissions, OrganizationManagement organization) {
        this.commissions = commissions;
        this.organization = organization;
    }

    @GetMapping("/api/v1/commission-rules")
    List<CommissionRule> rules() {
        return commissions.rules();
    }

    @Operation(
            summary = "Set commission rules",
            description = "A list of {role (SERVICE_ADVISOR or TECHNICIAN), basis (OUTPUT_VALUE, CUSTOMER_PAY, LABOUR,"
                    + " PARTS), tiers [{from, ratePercent}], monthlyCap}; each rate applies to the part of the base"
                    + " from its tier's start to the next; no tiers removes the rule. HQ and admins.")
    @PutMapping("/api/v1/commission-rules")
    List<CommissionRule> setRules(@RequestBody @Valid @Size(max = 20) List<@Valid @NotNull CommissionRule> rules) {
        return commissions.setRules(rules);
    }

    @Operation(
            summary = "A store's month of statements",
            description = "Managers and finance see everyone's, advisors and technicians their own.")
    @GetMapping("/api/v1/commissions")
    List<CommissionStatementView> statements(
            @RequestParam(required = false) @Nullable StoreId storeId, @RequestParam YearMonth month) {
        return commissions.statements(organization.storeOrDefault(storeId), month);
    }

    @GetMapping(path = "/api/v1/commissions/export", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable StoreId storeId, @RequestParam YearMonth month) {
        StoreId store = organization.storeOrDefault(storeId);
        return XlsxDownload.of("commissions-" + month + ".xlsx", out -> commissions.export(store, month, out));
    }

    @Operation(
            summary = "Compute (again) a store's month",
            description = "Managers; replaces the month's statements unless it is locked (409 month-locked).")
    @PostMapping("/api/v1/commissions/compute")
    List<CommissionStatementView> compute(@Valid @RequestBody StoreMonth request) {
        return commissions.compute(organization.storeOrDefault(request.storeId()), request.month());
    }

    @Operation(summary = "Approve a computed statement (managers)")
    @PostMapping("/api/v1/commissions/{id}/approve")
    CommissionStatementView approve(
            @PathVariable CommissionStatementId id, @Valid @RequestBody StatementVersion request) {
        return commissions.approve(id, request.version());
    }

    @Operation(
            summary = "Lock a store's month",
            description = "Finance and admins; every statement approved first (409 not-approved); locked, nothing of"
                    + " the month changes again (409 month-locked).")
    @PostMapping("/api/v1/commissions/lock")
    List<CommissionStatementView> lock(@Valid @RequestBody StoreMonth request) {
        return commissions.lock(organization.storeOrDefault(request.storeId()), request.month());
    }
}
