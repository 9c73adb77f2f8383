package io.aftersales.workorder;

/** The kind of job; {@code ON_SITE} is field service at the customer's site. */
public enum ServiceType {
    REPAIR,
    MAINTENANCE,
    WARRANTY,
    INSTALLATION,
    INSPECTION,
    ON_SITE;

    /** Jobs that fix a problem: their labour lines need a root cause, and a return soon after is a comeback. */
    public boolean fixesAProblem() {
        return this == REPAIR || this == WARRANTY || this == ON_SITE;
    }
}
