package io.aftersales.reporting;

import io.aftersales.shared.StoreId;
import java.time.YearMonth;
import java.util.List;

/**
 * A store's cost control of one month: the store's lines first, then its people's by name.
 *
 * @param daysGone the days of the month gone by, today included (0 for a future month)
 * @param alerts the lines over their budget or above its pace
 */
public record CostSheet(
        YearMonth month, StoreId storeId, int daysGone, int daysInMonth, List<CostLine> lines, long alerts) {}
