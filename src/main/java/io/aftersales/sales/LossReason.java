package io.aftersales.sales;

/** Why a quote was lost (丢单原因); labels are message keys {@code quote.loss.<NAME>}. */
public enum LossReason {
    PRICE,
    DELIVERY_TIME,
    QUALITY,
    SPECIFICATION,
    COMPETITOR_RELATIONSHIP,
    NO_BUDGET,
    PROJECT_CANCELLED,
    OTHER
}
