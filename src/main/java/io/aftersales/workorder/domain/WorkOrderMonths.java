package io.aftersales.workorder.domain;

import io.aftersales.shared.StoreId;
import io.aftersales.workorder.StoreMonth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard projection: per store and month, work orders received, delivered and cancelled and the output value.
 * Each change adds to its row in the transaction of the change itself, so the figures never drift from the work
 * orders; the row lock serialises a store's changes of one month, as the number counter does a day's receptions.
 */
@Component
public class WorkOrderMonths {

    private final JdbcClient jdbc;

    WorkOrderMonths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void received(UUID organizationId, UUID storeId, LocalDate day) {
        add(organizationId, storeId, day, "received = received + 1", BigDecimal.ZERO);
    }

    public void delivered(UUID organizationId, UUID storeId, LocalDate day, BigDecimal amount) {
        add(organizationId, storeId, day, "delivered = delivered + 1, output_value = output_value + :amount", amount);
    }

    public void cancelled(UUID organizationId, UUID storeId, LocalDate day) {
        add(organizationId, storeId, day, "cancelled = cancelled + 1", BigDecimal.ZERO);
    }

    /**
     * The figures per store and month from {@code from} to {@code to} (both included), months in order; only the
     * given stores when {@code storeIds} is not null.
     */
    public List<StoreMonth> figures(
            UUID organizationId, YearMonth from, YearMonth to, @Nullable Collection<UUID> storeIds) {
        String stores = storeIds == null ? "" : " AND store_id IN (:stores)";
        var query = jdbc.sql("SELECT store_id, month_start, received, delivered, cancelled, output_value"
                        + " FROM work_order_month WHERE organization_id = :org AND month_start >= :from"
                        + " AND month_start <= :to" + stores + " ORDER BY month_start, store_id")
                .param("org", organizationId)
                .param("from", from.atDay(1))
                .param("to", to.atDay(1));
        if (storeIds != null) {
            if (storeIds.isEmpty()) {
                return List.of();
            }
            query = query.param("stores", storeIds);
        }
        return query.query((rs, i) -> new StoreMonth(
                        new StoreId(rs.getObject("store_id", UUID.class)),
                        YearMonth.from(rs.getObject("month_start", LocalDate.class)),
                        rs.getInt("received"),
                        rs.getInt("delivered"),
                        rs.getInt("cancelled"),
                        rs.getBigDecimal("output_value")))
                .list();
    }

    private void add(UUID organizationId, UUID storeId, LocalDate day, String change, BigDecimal amount) {
        jdbc.sql("INSERT INTO work_order_month (organization_id, store_id, month_start, received, delivered,"
                        + " cancelled, output_value) VALUES (:org, :store, :month, 0, 0, 0, 0) ON CONFLICT DO NOTHING")
                .param("org", organizationId)
                .param("store", storeId)
                .param("month", day.withDayOfMonth(1))
                .update();
        jdbc.sql("UPDATE work_order_month SET " + change + " WHERE store_id = :store AND month_start = :month")
                .param("store", storeId)
                .param("month", day.withDayOfMonth(1))
                .param("amount", amount)
                .update();
    }
}
