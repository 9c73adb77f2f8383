package io.aftersales.sales;

/** How a customer paid what they owed; recorded, not processed. Labels are message keys {@code payment.method.<NAME>}. */
public enum CollectionMethod {
    TRANSFER,
    ACCEPTANCE_BILL,
    CASH,
    CHEQUE,
    OTHER
}
