package io.aftersales.reporting;

import io.aftersales.shared.StoreId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A month's star ranking of one role, in the stores asked (all the user sees when none), by the rule shown with it;
 * the month so far while it runs (up to {@code to}). An advisor or technician gets their own row only, with its rank.
 */
public record Ranking(
        RankingRole role,
        YearMonth month,
        LocalDate to,
        @Nullable StoreId storeId,
        RankingRule rule,
        List<RankedPerson> people) {}
