package io.aftersales.workorder;

/** What an estimate line charges for; a {@code LABOR} line is a job (quantity = hours). */
public enum LineKind {
    LABOR,
    PART,
    SUBLET,
    FEE
}
