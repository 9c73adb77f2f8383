package io.aftersales.warranty;

import java.math.BigDecimal;

/**
 * Claims submitted in a period, reconciled: what was claimed, what waits for the maker's decision, what was
 * rejected, approved and not yet paid, paid, and what the maker paid short of its approval.
 */
public record ClaimReconciliation(
        int claims,
        BigDecimal claimed,
        BigDecimal awaitingDecision,
        BigDecimal rejected,
        BigDecimal approved,
        BigDecimal awaitingPayment,
        BigDecimal paid,
        BigDecimal shortfall) {}
