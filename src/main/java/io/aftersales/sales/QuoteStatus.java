package io.aftersales.sales;

/** Where a quote is: drafted, sent to the customer, then won, lost or past its validity. */
public enum QuoteStatus {
    DRAFT,
    SENT,
    WON,
    LOST,
    EXPIRED
}
