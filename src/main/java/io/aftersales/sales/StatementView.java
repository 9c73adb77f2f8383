package io.aftersales.sales;

import io.aftersales.customer.CustomerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reconciliation statement (对账单) of a customer and period: the balance owed at its start, what arose (debits)
 * and what was paid (credits) in it, line by line with the running balance, the balance at its end, and the
 * customer's confirmation when recorded.
 */
public record StatementView(
        StatementId id,
        CustomerId customerId,
        String customerName,
        LocalDate from,
        LocalDate to,
        BigDecimal opening,
        BigDecimal debits,
        BigDecimal credits,
        BigDecimal closing,
        List<StatementEntry> entries,
        Instant createdAt,
        String createdBy,
        @Nullable LocalDate confirmedOn,
        @Nullable String confirmedBy,
        @Nullable String confirmation,
        long version) {

    /** A line: an amount that arose (debit) or a payment (credit), and the balance after it. */
    public record StatementEntry(
            LocalDate on, String reference, BigDecimal debit, BigDecimal credit, BigDecimal balance) {}

    public boolean confirmed() {
        return confirmedOn != null;
    }
}
