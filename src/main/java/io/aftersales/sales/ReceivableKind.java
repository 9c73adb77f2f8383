package io.aftersales.sales;

/** What a receivable comes from: an invoice of a contract, or the unpaid amount of a delivered work order. */
public enum ReceivableKind {
    INVOICE,
    WORK_ORDER
}
