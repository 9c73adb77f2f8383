package io.aftersales.workorder;

/** The customer's answer to an estimate line; a declined line stays on as recommended but not done (建议未做). */
public enum LineDecision {
    PROPOSED,
    APPROVED,
    DECLINED
}
