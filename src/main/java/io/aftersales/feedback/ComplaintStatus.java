package io.aftersales.feedback;

/** The life of a complaint; REOPENED when the customer is not satisfied with the resolution. */
public enum ComplaintStatus {
    OPEN,
    ACKNOWLEDGED,
    INVESTIGATING,
    RESOLVED,
    VERIFIED,
    CLOSED,
    REOPENED;
}
