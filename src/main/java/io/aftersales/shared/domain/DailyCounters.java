package io.aftersales.shared.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counters that start again every day, one per owner (a store, an organisation), for readable numbers such as
 * {@code SH01-20261126-0007}. Each module keeps its counters in a table of its own, {@code (owner, on_day,
 * last_value)} keyed by owner and day. The counter row stays locked by the update until the caller's transaction
 * commits, so two callers at the same moment never get the same value, and neither fails.
 */
@Component
public class DailyCounters {

    private final JdbcClient jdbc;

    DailyCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next value, from 1, of the owner's counter for the day.
     *
     * @param table the module's counter table, a constant of the caller (never input)
     * @param ownerColumn the table's owner column, a constant of the caller
     */
    public int next(String table, String ownerColumn, UUID owner, LocalDate day) {
        String key = ownerColumn + " = :owner AND on_day = :day";
        jdbc.sql("INSERT INTO " + table + " (" + ownerColumn + ", on_day, last_value) VALUES (:owner, :day, 0)"
                        + " ON CONFLICT DO NOTHING")
                .param("owner", owner)
                .param("day", day)
                .update();
        jdbc.sql("UPDATE " + table + " SET last_value = last_value + 1 WHERE " + key)
                .param("owner", owner)
                .param("day", day)
                .update();
        return jdbc.sql("SELECT last_value FROM " + table + " WHERE " + key)
                .param("owner", owner)
                .param("day", day)
                .query(Integer.class)
                .single();
    }
}
