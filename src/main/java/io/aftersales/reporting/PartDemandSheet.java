package io.aftersales.reporting;

import io.aftersales.shared.StoreId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The demand of a store's most used parts: the forecast of the months after {@code lastMonth} and the purchase
 * suggestions it gives.
 *
 * @param lastMonth the last complete month the forecast learns from
 * @param coverMonths the months of forecast use an order should cover (a month and a half: delivery and safety);
 *     suggested = next month's forecast × cover + back-ordered − available − on order, rounded up, at least 0
 */
public record PartDemandSheet(
        StoreId storeId, YearMonth lastMonth, int months, BigDecimal coverMonths, List<PartForecast> parts) {}
