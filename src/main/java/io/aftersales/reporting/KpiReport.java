package io.aftersales.reporting;

import java.util.List;

/** The figures asked for: one row per group, in order, and the total of all of them. */
public record KpiReport(KpiQuery query, List<KpiRow> rows, KpiRow total) {}
