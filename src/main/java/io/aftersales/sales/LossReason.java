package io.aftersales.sales;

/**
 * A reason a quote was lost (丢单原因) from the organisation's list: its stable code and its label. The built-in list
 * (codes {@code PRICE}, {@code DELIVERY_TIME} …) is labelled in the reader's language; reasons an organisation adds
 * keep the label it gave them.
 */
public record LossReason(String code, String label) {}
