package io.aftersales.feedback;

/** A queued message is retried until sent; FAILED after the last attempt, kept for a person to look at. */
public enum MessageStatus {
    QUEUED,
    SENT,
    FAILED;
}
