package io.aftersales.workorder.domain;

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
 * The dashboard projection: per store and day, work orders received, delivered and cancelled and the output value. Each
 * change adds to its row in the transaction of the change itself, so the figures never drift from the work orders;
 * the row lock serialises a store's changes of one day, as the number counter already does for receptions.
 */
@Component
public class WorkOrderDays {

    private final JdbcClient jdbc;

    WorkOrderDays(JdbcClient jdbc) {
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
    public List<StoreMonth> months(
            UUID organizationId, YearMonth from, YearMonth to, @Nullable Collection<UUID> storeIds) {
        String stores = storeIds == null ? "" : " AND store_id IN (:stores)";
        var query = jdbc.sql("SELECT store_id, EXTRACT(YEAR FROM on_day) AS y, EXTRACT(MONTH FROM on_day) AS m,"
                        + " SUM(received) AS received, SUM(delivered) AS delivered, SUM(cancelled) AS cancelled,"
                        + " SUM(output_value) AS output_value FROM work_order_day"
                        + " WHERE organization_id = :org AND on_day >= :from AND on_day <= :to" + stores
                        + " GROUP BY store_id, EXTRACT(YEAR FROM on_day), EXTRACT(MONTH FROM on_day)"
                        + " ORDER BY y, m, store_id")
                .param("org", organizationId)
                .param("from", from.atDay(1))
                .param("to", to.atEndOfMonth());
        if (storeIds != null) {
            if (storeIds.isEmpty()) {
                return List.of();
            }
            query = query.param("stores", storeIds);
        }
        return query.query((rs, i) -> new StoreMonth(
                        rs.getObject("store_id", UUID.class),
                        YearMonth.of(rs.getInt("y"), rs.getInt("m")),
                        rs.getInt("received"),
                        rs.getInt("delivered"),
                        rs.getInt("cancelled"),
                        rs.getBigDecimal("output_value")))
                .list();
    }

    private void add(UUID organizationId, UUID storeId, LocalDate day, String change, BigDecimal amount) {
        jdbc.sql("INSERT INTO work_order_day (organization_id, store_id, on_day, received, delivered, cancelled,"
                        + " output_value) VALUES (:org, :store, :day, 0, 0, 0, 0) ON CONFLICT DO NOTHING")
                .param("org", organizationId)
                .param("store", storeId)
                .param("day", day)
                .update();
        jdbc.sql("UPDATE work_order_day SET " + change + " WHERE store_id = :store AND on_day = :day")
                .param("store", storeId)
                .param("day", day)
                .param("amount", amount)
                .update();
    }
}
