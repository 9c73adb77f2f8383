package io.aftersales.standards;

/** What a checklist checks: workplace order (5S), etiquette with customers (礼仪), the steps of a procedure (SOP). */
public enum AuditArea {
    FIVE_S,
    ETIQUETTE,
    SOP
}
