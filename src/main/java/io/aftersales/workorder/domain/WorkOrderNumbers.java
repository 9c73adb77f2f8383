package io.aftersales.workorder.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Readable work-order numbers per store and day ({@code SH01-20261126-0007}). The counter row is locked by the
 * update until the opening transaction commits, so two advisors never get the same number.
 */
@Component
public class WorkOrderNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;

    WorkOrderNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String next(UUID storeId, String storeCode, LocalDate day) {
        jdbc.sql("INSERT INTO work_order_counter (store_id, on_day, last_value) VALUES (:store, :day, 0)"
                        + " ON CONFLICT DO NOTHING")
                .param("store", storeId)
                .param("day", day)
                .update();
        jdbc.sql("UPDATE work_order_counter SET last_value = last_value + 1 WHERE store_id = :store AND on_day = :day")
                .param("store", storeId)
                .param("day", day)
                .update();
        int value = jdbc.sql("SELECT last_value FROM work_order_counter WHERE store_id = :store AND on_day = :day")
                .param("store", storeId)
                .param("day", day)
                .query(Integer.class)
                .single();
        return "%s-%s-%04d".formatted(storeCode, DAY.format(day), value);
    }
}
