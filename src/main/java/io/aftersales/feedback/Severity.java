package io.aftersales.feedback;

/** How bad a complaint is; its deadlines depend on it. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;
}
