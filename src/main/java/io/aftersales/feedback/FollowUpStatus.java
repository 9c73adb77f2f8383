package io.aftersales.feedback;

/** A follow-up is open until the customer is reached (done) or every attempt failed (unreachable). */
public enum FollowUpStatus {
    OPEN,
    DONE,
    UNREACHABLE;
}
