package io.aftersales.planning.domain;

import io.aftersales.workorder.ServiceType;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The slots of a store's days in SQL (like the stock ledger, ADR 0006): a booking takes one with a single conditional
 * update of the day's row, which holds the row's lock until the booking commits, so concurrent bookings of the last
 * slot queue there and only one gets it. Every statement names the organisation: these tables are not behind
 * Hibernate's tenant filter.
 */
@Component
public class Capacity {

    private final JdbcClient jdbc;

    Capacity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The store's own numbers per service type; a type without one takes the installation's default. */
    public Map<ServiceType, Integer> defaults(UUID organizationId, UUID storeId) {
        Map<ServiceType, Integer> slots = new EnumMap<>(ServiceType.class);
        jdbc.sql(
                        "SELECT service_type, slots FROM appointment_capacity WHERE organization_id = :org AND store_id = :store")
                .param("org", organizationId)
                .param("store", storeId)
                .query((rs, row) -> slots.put(ServiceType.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        return slots;
    }

    public void setDefault(UUID organizationId, UUID storeId, ServiceType type, int slots) {
        int changed = jdbc.sql("UPDATE appointment_capacity SET slots = :slots"
                        + " WHERE organization_id = :org AND store_id = :store AND service_type = :type")
                .param("slots", slots)
                .param("org", organizationId)
                .param("store", storeId)
                .param("type", type.name())
                .update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO appointment_capacity (organization_id, store_id, service_type, slots)"
                            + " VALUES (:org, :store, :type, :slots) ON CONFLICT DO NOTHING")
                    .param("org", organizationId)
                    .param("store", storeId)
                    .param("type", type.name())
                    .param("slots", slots)
                    .update();
        }
    }

    /** A day's own number of slots ({@code null}: the store's default again). */
    public void setDay(UUID organizationId, UUID storeId, ServiceType type, LocalDate day, @Nullable Integer slots) {
        ensureDay(organizationId, storeId, type, day);
        jdbc.sql("UPDATE appointment_day SET slots = :slots WHERE organization_id = :org AND store_id = :store"
                        + " AND service_type = :type AND on_day = :day")
                .param("slots", slots, java.sql.Types.INTEGER)
                .param("org", organizationId)
                .param("store", storeId)
                .param("type", type.name())
                .param("day", day)
                .update();
    }

    /** Takes a slot of the day if one is left; the row stays locked until the caller's transaction ends. */
    public boolean take(UUID organizationId, UUID storeId, ServiceType type, LocalDate day, int defaultSlots) {
        ensureDay(organizationId, storeId, type, day);
        return jdbc.sql("UPDATE appointment_day SET booked = booked + 1 WHERE organization_id = :org"
                                + " AND store_id = :store AND service_type = :type AND on_day = :day"
                                + " AND booked < COALESCE(slots, :default)")
                        .param("org", organizationId)
                        .param("store", storeId)
                        .param("type", type.name())
                        .param("day", day)
                        .param("default", defaultSlots)
                        .update()
                == 1;
    }

    /** Gives a cancelled booking's slot back. */
    public void release(UUID organizationId, UUID storeId, ServiceType type, LocalDate day) {
        jdbc.sql("UPDATE appointment_day SET booked = booked - 1 WHERE organization_id = :org AND store_id = :store"
                        + " AND service_type = :type AND on_day = :day AND booked > 0")
                .param("org", organizationId)
                .param("store", storeId)
                .param("type", type.name())
                .param("day", day)
                .update();
    }

    /** What is recorded for the store's days from {@code from} to {@code to}: booked and any own number of slots. */
    public Map<LocalDate, Map<ServiceType, Day>> days(UUID organizationId, UUID storeId, LocalDate from, LocalDate to) {
        Map<LocalDate, Map<ServiceType, Day>> days = new java.util.TreeMap<>();
        jdbc.sql("SELECT on_day, service_type, booked, slots FROM appointment_day WHERE organization_id = :org"
                        + " AND store_id = :store AND on_day BETWEEN :from AND :to")
                .param("org", organizationId)
                .param("store", storeId)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> days.computeIfAbsent(
                                rs.getObject(1, LocalDate.class), d -> new EnumMap<>(ServiceType.class))
                        .put(ServiceType.valueOf(rs.getString(2)), new Day(rs.getInt(3), (Integer) rs.getObject(4))))
                .list();
        return days;
    }

    /** A day as recorded: how many are booked, and its own number of slots if it has one. */
    public record Day(int booked, @Nullable Integer slots) {}

    private void ensureDay(UUID organizationId, UUID storeId, ServiceType type, LocalDate day) {
        jdbc.sql("INSERT INTO appointment_day (organization_id, store_id, service_type, on_day, booked)"
                        + " VALUES (:org, :store, :type, :day, 0) ON CONFLICT DO NOTHING")
                .param("org", organizationId)
                .param("store", storeId)
                .param("type", type.name())
                .param("day", day)
                .update();
    }
}
