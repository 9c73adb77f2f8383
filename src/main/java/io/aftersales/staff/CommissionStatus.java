package io.aftersales.staff;

/** COMPUTED (recomputed as often as asked) → APPROVED (a manager) → LOCKED (finance, with the store's whole month). */
public enum CommissionStatus {
    COMPUTED,
    APPROVED,
    LOCKED
}
