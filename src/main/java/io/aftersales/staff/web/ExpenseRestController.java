package io.aftersales.staff.web;

import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.web.ImageResponses;
import io.aftersales.shared.web.XlsxDownload;
import io.aftersales.staff.ExpenseClaimId;
import io.aftersales.staff.ExpenseClaimView;
import io.aftersales.staff.ExpenseClaims;
import io.aftersales.staff.ExpenseRule;
import io.aftersales.staff.ExpenseStatus;
import io.aftersales.staff.NewExpenseClaim;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(
        name = "Expenses",
        description = "Expense claims (报销) and trips (出差): filed by anyone, approved by a manager of the store, then"
                + " by finance, then paid; or rejected with a reason. Daily limits per category.")
class ExpenseRestController {

    /** The version read, for a decision on a claim. */
    record ClaimVersion(@NotNull Long version) {}

    record Rejection(
            @NotNull Long version,
            @NotBlank @Size(max = 500) String reason) {}

    private final ExpenseClaims claims;

    ExpenseRestController(ExpenseClaims claims) {
        this.claims = claims;
    }

    @Operation(
            summary = "File an expense claim",
            description = "Items of the past or today; on a trip (tripFrom and tripTo together) within its days. A"
                    + " category over its daily limit needs overLimitReason (else 400 on it). storeId: the"
                    + " caller's current store when left out.")
    @PostMapping("/api/v1/expense-claims")
    ResponseEntity<ExpenseClaimView> file(@Valid @RequestBody NewExpenseClaim request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(claims.file(request));
    }

    @Operation(
            summary = "Expense claims, latest first",
            description = "Your own; managers and finance see those of their stores (HQ and admins all), of one"
                    + " person (personId) and one status when asked.")
    @GetMapping("/api/v1/expense-claims")
    PagedResult<ExpenseClaimView> list(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable UserId personId,
            @RequestParam(required = false) @Nullable ExpenseStatus status,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return claims.list(storeId, personId, status, Paging.request(page, size, Paging.DEFAULT_SIZE));
    }

    @Operation(summary = "The same claims as a spreadsheet")
    @GetMapping(path = "/api/v1/expense-claims/export", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable UserId personId,
            @RequestParam(required = false) @Nullable ExpenseStatus status) {
        return XlsxDownload.of("expense-claims.xlsx", out -> claims.export(storeId, personId, status, out));
    }

    @GetMapping("/api/v1/expense-claims/{id}")
    ExpenseClaimView get(@PathVariable ExpenseClaimId id) {
        return claims.get(id);
    }

    @Operation(
            summary = "Approve a claim at its step",
            description = "SUBMITTED: a manager of the claimant's store; MANAGER_APPROVED: finance. Not your own"
                    + " claim (409 own-claim); another step 403, a decided claim 409.")
    @PostMapping("/api/v1/expense-claims/{id}/approve")
    ExpenseClaimView approve(@PathVariable ExpenseClaimId id, @Valid @RequestBody ClaimVersion request) {
        return claims.approve(id, request.version());
    }

    @Operation(summary = "Reject a claim at its step, with the reason the claimant reads")
    @PostMapping("/api/v1/expense-claims/{id}/reject")
    ExpenseClaimView reject(@PathVariable ExpenseClaimId id, @Valid @RequestBody Rejection request) {
        return claims.reject(id, request.version(), request.reason());
    }

    @Operation(summary = "Mark an approved claim paid (finance)")
    @PostMapping("/api/v1/expense-claims/{id}/pay")
    ExpenseClaimView pay(@PathVariable ExpenseClaimId id, @Valid @RequestBody ClaimVersion request) {
        return claims.pay(id, request.version());
    }

    @Operation(
            summary = "Add a receipt photo",
            description =
                    "The claimant, while the claim waits for the manager: JPEG, PNG or WebP (read from the bytes),"
                            + " at most 5 MB, ten a claim.")
    @PostMapping(path = "/api/v1/expense-claims/{id}/receipts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ExpenseClaimView> addReceipt(@PathVariable ExpenseClaimId id, @RequestParam MultipartFile file)
            throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED).body(claims.addReceipt(id, file.getBytes()));
    }

    @GetMapping("/api/v1/expense-claims/{id}/receipts/{receiptId}")
    ResponseEntity<byte[]> receipt(@PathVariable ExpenseClaimId id, @PathVariable UUID receiptId) {
        return ImageResponses.of(claims.receipt(id, receiptId));
    }

    @Operation(summary = "The daily limit of each category (null: none)")
    @GetMapping("/api/v1/expense-rules")
    List<ExpenseRule> rules() {
        return claims.rules();
    }

    @Operation(
            summary = "Set daily limits",
            description = "A list of {category, dailyLimit}; null removes a limit; categories left out stay. Finance,"
                    + " HQ and admins.")
    @PutMapping("/api/v1/expense-rules")
    List<ExpenseRule> setRules(@RequestBody @Valid @Size(max = 20) List<@Valid @NotNull ExpenseRule> rules) {
        return claims.setRules(rules);
    }
}
