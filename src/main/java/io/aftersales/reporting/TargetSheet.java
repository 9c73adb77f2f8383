package io.aftersales.reporting;

import io.aftersales.shared.StoreId;
import java.time.YearMonth;
import java.util.List;

/**
 * A store's targets of one month with their progress: the store's first, then its people's by name.
 *
 * @param daysGone the days of the month gone by, today included (0 for a future month)
 */
public record TargetSheet(YearMonth month, StoreId storeId, int daysGone, int daysInMonth, List<TargetProgress> rows) {}
