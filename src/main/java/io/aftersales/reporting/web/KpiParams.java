package io.aftersales.reporting.web;

import io.aftersales.reporting.KpiGrouping;
import io.aftersales.reporting.KpiQuery;
import io.aftersales.reporting.Reports;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of the figures, on the page and in the API: this month so far, in the user's usual grouping,
 * unless given.
 */
record KpiParams(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable StoreId storeId,
        @Nullable KpiGrouping groupBy,
        @Nullable UserId advisorId,
        @Nullable UserId technicianId) {

    KpiQuery query(Reports reports) {
        LocalDate until = to != null ? to : reports.today();
        return new KpiQuery(
                from != null ? from : until.withDayOfMonth(1),
                until,
                storeId,
                groupBy != null ? groupBy : reports.usualGrouping(),
                advisorId,
                technicianId);
    }
}
