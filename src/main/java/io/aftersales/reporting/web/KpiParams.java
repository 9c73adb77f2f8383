package io.aftersales.reporting.web;

import io.aftersales.reporting.KpiGrouping;
import io.aftersales.reporting.KpiQuery;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of the figures, on the page and in the API: this month so far, grouped by store, unless
 * given.
 */
record KpiParams(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable StoreId storeId,
        @Nullable KpiGrouping groupBy,
        @Nullable UserId advisorId,
        @Nullable UserId technicianId) {

    KpiQuery query(LocalDate today) {
        LocalDate until = to != null ? to : today;
        return new KpiQuery(
                from != null ? from : until.withDayOfMonth(1),
                until,
                storeId,
                groupBy != null ? groupBy : KpiGrouping.STORE,
                advisorId,
                technicianId);
    }
}
