package io.aftersales.reporting;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which figures: the days {@code from} to {@code to} (both included), every store the user sees or the one given,
 * grouped by {@code groupBy}, of one advisor's or one lead technician's jobs when given.
 */
public record KpiQuery(
        LocalDate from,
        LocalDate to,
        @Nullable StoreId storeId,
        KpiGrouping groupBy,
        @Nullable UserId advisorId,
        @Nullable UserId technicianId) {

    KpiQuery over(LocalDate first, LocalDate last) {
        return new KpiQuery(first, last, storeId, groupBy, advisorId, technicianId);
    }

    KpiQuery forAdvisor(UserId advisor) {
        return new KpiQuery(from, to, storeId, groupBy, advisor, technicianId);
    }

    KpiQuery forTechnician(UserId technician) {
        return new KpiQuery(from, to, storeId, groupBy, advisorId, technician);
    }
}
