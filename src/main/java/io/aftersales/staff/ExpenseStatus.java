package io.aftersales.staff;

/**
 * Where a claim stands: SUBMITTED → MANAGER_APPROVED (the claimant's store manager) → APPROVED (finance) → PAID; either
 * approver may reject it with a reason instead (REJECTED, final: the claimant files a corrected claim).
 */
public enum ExpenseStatus {
    SUBMITTED,
    MANAGER_APPROVED,
    APPROVED,
    PAID,
    REJECTED
}
