package io.aftersales.staff;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A person's commissions of a month in a store: a line per basis of their role's rules, and the total. */
public record CommissionStatementView(
        CommissionStatementId id,
        StoreId storeId,
        UserId personId,
        String personName,
        Role role,
        YearMonth month,
        CommissionStatus status,
        List<Line> lines,
        BigDecimal total,
        Instant computedAt,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt,
        @Nullable String lockedBy,
        @Nullable Instant lockedAt,
        long version) {

    /**
     * @param base the month's amount of the basis (for an adjustment: the locked month's total as computed now)
     * @param capped whether the rule's monthly cap cut the commission
     */
    public record Line(
            CommissionBasis basis,
            BigDecimal base,
            BigDecimal commission,
            boolean capped,
            @Nullable String note) {}
}
