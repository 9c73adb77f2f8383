package io.aftersales.feedback;

/** A reminder waits for its day, then becomes a follow-up task or a message (done), unless dismissed. */
public enum ReminderStatus {
    PENDING,
    DONE,
    DISMISSED;
}
