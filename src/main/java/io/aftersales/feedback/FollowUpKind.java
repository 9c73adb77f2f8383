package io.aftersales.feedback;

/** What a follow-up is for: after a job, verifying a complaint's resolution, or a reminder. */
public enum FollowUpKind {
    AFTER_SERVICE,
    VERIFICATION,
    MAINTENANCE,
    WARRANTY_ENDING,
    DECLINED_WORK;
}
