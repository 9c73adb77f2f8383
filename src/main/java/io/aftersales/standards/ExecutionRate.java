package io.aftersales.standards;

import io.aftersales.shared.StoreId;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A store's execution of standards in a month: its audits, their average score (none without audits), the actions
 * the month's audits raised and how many of them were done by their deadline.
 */
public record ExecutionRate(
        StoreId storeId,
        String storeName,
        YearMonth month,
        int audits,
        @Nullable BigDecimal averageScore,
        int actions,
        int doneOnTime) {}
