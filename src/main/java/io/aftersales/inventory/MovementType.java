package io.aftersales.inventory;

/** Why stock changed; one ledger row each. Labels are message keys {@code movement.type.<NAME>}. */
public enum MovementType {
    RECEIPT,
    RESERVE,
    RELEASE,
    ISSUE,
    RETURN,
    OLD_PART_RETURN,
    ADJUSTMENT,
    TRANSFER_OUT,
    TRANSFER_IN,
    STOCKTAKE
}
