package io.aftersales.staff;

/** How an attendee did: labels are message keys {@code training.result.<NAME>}. */
public enum TrainingResult {
    /** Invited, no result yet. */
    PENDING,
    ATTENDED,
    PASSED,
    FAILED,
    ABSENT
}
