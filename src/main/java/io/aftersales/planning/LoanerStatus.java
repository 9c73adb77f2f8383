package io.aftersales.planning;

/** Booked, handed out to the customer, given back, or cancelled before it was handed out. */
public enum LoanerStatus {
    BOOKED,
    OUT,
    RETURNED,
    CANCELLED
}
