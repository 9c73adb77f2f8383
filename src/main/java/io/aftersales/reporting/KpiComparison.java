package io.aftersales.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A figure per group against the same days last year and the period before, with the days each was read over.
 *
 * @param lastYearFrom first day of the same period a year before
 * @param previousFrom first day of the period before (for months and days: of the month or day before the first)
 */
public record KpiComparison(
        KpiQuery query,
        KpiMetric metric,
        LocalDate lastYearFrom,
        LocalDate lastYearTo,
        LocalDate previousFrom,
        LocalDate previousTo,
        List<KpiChange> rows,
        KpiChange total) {}
