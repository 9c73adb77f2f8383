package io.aftersales.inventory;

/** Where a purchase order is: drafted, sent to the supplier, partly or fully received, or cancelled. */
public enum PurchaseOrderStatus {
    DRAFT,
    SENT,
    PARTLY_RECEIVED,
    RECEIVED,
    CANCELLED
}
