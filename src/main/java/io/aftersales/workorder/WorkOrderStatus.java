package io.aftersales.workorder;

/** Where a work order is in the service lane. Labels are message keys {@code workOrder.status.<NAME>}. */
public enum WorkOrderStatus {
    RECEIVED,
    ESTIMATED,
    APPROVED,
    DISPATCHED,
    IN_PROGRESS,
    ON_HOLD,
    QUALITY_CHECK,
    COMPLETED,
    SETTLED,
    DELIVERED,
    CANCELLED;

    /** Still in the workshop: shown on the board. */
    public boolean open() {
        return this != DELIVERED && this != CANCELLED;
    }
}
