package io.aftersales.workorder;

/** The customer's answer to an estimate line; a declined line stays as "recommended, not done". */
public enum LineDecision {
    PROPOSED,
    APPROVED,
    DECLINED
}
