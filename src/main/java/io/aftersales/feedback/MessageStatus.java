package io.aftersales.feedback;

/**
 * A queued message is retried until sent; FAILED after the last attempt, kept for a person to look at; WITHDRAWN when
 * the customer opted out of its channel before it went.
 */
public enum MessageStatus {
    QUEUED,
    SENT,
    FAILED,
    WITHDRAWN;
}
