package io.aftersales.reporting;

/**
 * The three sets of work orders the figures count, each by its own day: received (接车台次) by the day received,
 * delivered (and all amounts and hours) by the day delivered, comebacks by the day the comeback was received, charged
 * to the original job's store, advisor, lead technician and service type.
 */
public enum KpiMeasure {
    RECEIVED,
    DELIVERED,
    COMEBACKS
}
