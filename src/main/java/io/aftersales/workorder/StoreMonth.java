package io.aftersales.workorder;

import io.aftersales.shared.StoreId;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A store's work-order figures for one month, from the dashboard projection.
 *
 * @param received work orders received (进厂台次)
 * @param delivered work orders delivered (交车台次)
 * @param outputValue what the delivered work orders charged the customer, with tax (产值)
 */
public record StoreMonth(
        StoreId storeId, YearMonth month, int received, int delivered, int cancelled, BigDecimal outputValue) {}
