package io.aftersales.staff;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A claim with its items and every step taken: who approved it as manager and as finance, who paid it, or who rejected
 * it and why.
 *
 * @param tripDays the days of the trip, both ends counted (0 when it was no trip)
 * @param overLimit whether an item category went over its daily limit (then overLimitReason says why)
 * @param receiptIds the receipt photos, oldest first
 */
public record ExpenseClaimView(
        ExpenseClaimId id,
        StoreId storeId,
        UserId claimantId,
        String claimantName,
        String purpose,
        @Nullable LocalDate tripFrom,
        @Nullable LocalDate tripTo,
        int tripDays,
        @Nullable String route,
        @Nullable String reference,
        BigDecimal total,
        boolean overLimit,
        @Nullable String overLimitReason,
        ExpenseStatus status,
        Instant submittedAt,
        @Nullable Step managerApproval,
        @Nullable Step financeApproval,
        @Nullable Step payment,
        @Nullable Step rejection,
        @Nullable String rejectionReason,
        List<Item> items,
        List<UUID> receiptIds,
        long version) {

    /** Who took a step and when. */
    public record Step(UserId by, String byName, Instant at) {}

    @Schema(name = "ExpenseItem")
    public record Item(
            ExpenseCategory category,
            LocalDate spentOn,
            BigDecimal amount,
            @Nullable String description) {}
}
