package io.aftersales.warranty.web;

import io.aftersales.shared.PagedResult;
import io.aftersales.shared.StoreId;
import io.aftersales.warranty.ClaimReconciliation;
import io.aftersales.warranty.ClaimStatus;
import io.aftersales.warranty.ClaimableJob;
import io.aftersales.warranty.NewWarrantyClaim;
import io.aftersales.warranty.WarrantyClaimId;
import io.aftersales.warranty.WarrantyClaimView;
import io.aftersales.warranty.WarrantyClaims;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Warranty claims",
        description = "Claims to the maker (保修索赔) from a delivered work order's WARRANTY lines with labour codes,"
                + " the ledger row of each new part and the old parts to return; the maker's decision and payment;"
                + " reconciliation of claimed, approved and paid.")
@RestController
@RequestMapping("/api/v1/warranty-claims")
class WarrantyClaimRestController {

    record ClaimApproval(
            @NotNull Long version,
            @NotNull BigDecimal approvedAmount,
            @Nullable @Size(max = 60) String makerReference) {}

    record ClaimRejection(
            @NotNull Long version,
            @NotBlank @Size(max = 500) String reason,
            @Nullable @Size(max = 60) String makerReference) {}

    record ClaimResubmission(
            @NotNull Long version,
            @Nullable @Size(max = 30) String faultCode,
            @Nullable @Size(max = 500) String note) {}

    record ClaimPayment(
            @NotNull Long version,
            @NotNull BigDecimal paidAmount,
            @NotNull LocalDate paidOn,
            @Nullable @Size(max = 60) String paymentReference) {}

    private final WarrantyClaims claims;

    WarrantyClaimRestController(WarrantyClaims claims) {
        this.claims = claims;
    }

    @GetMapping
    PagedResult<WarrantyClaimView> search(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable ClaimStatus status,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return claims.search(storeId, status, q, sort, page, size);
    }

    /** Claims a delivered work order's WARRANTY lines; every labour line needs the maker's labour code. */
    @PostMapping
    ResponseEntity<WarrantyClaimView> create(@Valid @RequestBody NewWarrantyClaim request) {
        WarrantyClaimView created = claims.create(request);
        return ResponseEntity.created(URI.create("/api/v1/warranty-claims/" + created.id()))
                .body(created);
    }

    /** Delivered work orders with WARRANTY lines not claimed yet, oldest first. */
    @GetMapping("/to-claim")
    PagedResult<ClaimableJob> toClaim(
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return claims.toClaim(page, size);
    }

    /** Claims submitted from {@code from} to {@code to} (store days): claimed, waiting, approved, paid, short. */
    @GetMapping("/reconciliation")
    ClaimReconciliation reconciliation(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Nullable StoreId storeId) {
        return claims.reconciliation(from, to, storeId);
    }

    @GetMapping("/{id}")
    WarrantyClaimView get(@PathVariable WarrantyClaimId id) {
        return claims.get(id);
    }

    /** The maker approved an amount, at most what was claimed. */
    @PostMapping("/{id}/approve")
    WarrantyClaimView approve(@PathVariable WarrantyClaimId id, @Valid @RequestBody ClaimApproval request) {
        return claims.approve(id, request.version(), request.approvedAmount(), request.makerReference());
    }

    @PostMapping("/{id}/reject")
    WarrantyClaimView reject(@PathVariable WarrantyClaimId id, @Valid @RequestBody ClaimRejection request) {
        return claims.reject(id, request.version(), request.reason(), request.makerReference());
    }

    /** A rejected claim, corrected, goes to the maker again. */
    @PostMapping("/{id}/resubmit")
    WarrantyClaimView resubmit(@PathVariable WarrantyClaimId id, @Valid @RequestBody ClaimResubmission request) {
        return claims.resubmit(id, request.version(), request.faultCode(), request.note());
    }

    /** The maker's payment (finance, managers): at most the approved amount. */
    @PostMapping("/{id}/pay")
    WarrantyClaimView pay(@PathVariable WarrantyClaimId id, @Valid @RequestBody ClaimPayment request) {
        return claims.pay(id, request.version(), request.paidAmount(), request.paidOn(), request.paymentReference());
    }
}
