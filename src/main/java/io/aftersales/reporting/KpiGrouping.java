package io.aftersales.reporting;

/** What the figures are grouped by; labels are message keys {@code reports.groupBy.<NAME>}. */
public enum KpiGrouping {
    STORE,
    ADVISOR,
    TECHNICIAN,
    SERVICE_TYPE,
    MONTH,
    DAY;

    public boolean byTime() {
        return this == MONTH || this == DAY;
    }
}
