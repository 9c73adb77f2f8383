package io.aftersales.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The parts a store's delivered jobs used, per month (report_part_use). */
@Component
public class PartDemandStore {

    private final JdbcClient jdbc;

    PartDemandStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A part's use in one month of the store. */
    public record Month(UUID partId, LocalDate monthStart, BigDecimal quantity) {}

    /** The number and description the store's jobs gave a part. */
    public record Name(UUID partId, String partNumber, String partName) {}

    /** The {@code limit} parts the store used most of in the months from {@code from} to {@code to}, most first. */
    public List<UUID> top(UUID organization, UUID store, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("SELECT part_id, SUM(quantity) AS used FROM report_part_use WHERE organization_id = :org"
                        + " AND store_id = :store AND month_start BETWEEN :from AND :to GROUP BY part_id"
                        + " ORDER BY used DESC, part_id FETCH FIRST " + limit + " ROWS ONLY")
                .param("org", organization)
                .param("store", store)
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> rs.getObject(1, UUID.class))
                .list();
    }

    /**
     * The monthly use of the given parts in the store from {@code from} to {@code to}: read from the index alone
     * (organisation, store, month, part, quantity), so a store's three years take a few milliseconds.
     */
    public List<Month> months(UUID organization, UUID store, LocalDate from, LocalDate to, Collection<UUID> parts) {
        if (parts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT part_id, month_start, SUM(quantity) FROM report_part_use WHERE organization_id = :org"
                        + " AND store_id = :store AND month_start BETWEEN :from AND :to AND part_id IN (:parts)"
                        + " GROUP BY part_id, month_start")
                .param("org", organization)
                .param("store", store)
                .param("from", from)
                .param("to", to)
                .param("parts", parts)
                .query((rs, i) ->
                        new Month(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)))
                .list();
    }

    /** How the store's jobs named the given parts (for parts no longer in the catalogue). */
    public List<Name> names(UUID organization, UUID store, Collection<UUID> parts) {
        if (parts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "SELECT part_id, MAX(part_number), MAX(part_name) FROM report_part_use"
                                + " WHERE organization_id = :org AND store_id = :store AND part_id IN (:parts) GROUP BY part_id")
                .param("org", organization)
                .param("store", store)
                .param("parts", parts)
                .query((rs, i) -> new Name(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }
}
