package io.aftersales.reporting;

import io.aftersales.shared.PartId;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of a store's most used parts: its monthly use, the forecast of the next months with the backtested error, and
 * what to order (see {@link PartDemandSheet#coverMonths()}).
 *
 * @param history the last twelve complete months, zero where none was used
 * @param points the forecast months
 * @param mapePercent the mean absolute percentage error of the last (up to 6) months forecast one month ahead; null
 *     when no month had any use
 * @param available on hand less reserved in the store now
 * @param onOrder on purchase orders drafted or sent and not yet received
 * @param backOrdered waited for by jobs' back-orders
 * @param suggested what to order now, whole units
 */
public record PartForecast(
        PartId partId,
        String partNumber,
        String partName,
        List<Forecast.Point> history,
        List<Forecast.Point> points,
        @Nullable BigDecimal mapePercent,
        BigDecimal available,
        BigDecimal onOrder,
        BigDecimal backOrdered,
        BigDecimal suggested,
        BigDecimal unitCost) {}
