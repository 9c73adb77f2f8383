package io.aftersales.reporting.domain;

import io.aftersales.reporting.KpiGrouping;
import io.aftersales.reporting.KpiMeasure;
import io.aftersales.reporting.domain.ReportFacts.Scope;
import io.aftersales.reporting.domain.ReportFacts.Tally;
import io.aftersales.shared.Identifier;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The projection summed per store and day: for each measure, the store as a whole ({@code report_store_day}) and
 * each advisor, lead technician and service type apart ({@code report_day}). A store's day is summed again from {@code report_work_order}
 * whenever one of its rows changes, so the sums are always those of the rows (and idempotent, in any order of events);
 * two writers of the same store's day take turns on its lock row. Figures of the whole store or of one dimension, or
 * of one person by day, month or store, are read from here; the rest from the rows.
 */
@Component
public class DailyFigures {

    /** A store's day whose sums are to be made again. */
    public record StoreDay(UUID storeId, LocalDate day) {}

    /** The two tables of sums and the dimensions each holds. */
    private enum Table {
        STORE("report_store_day", "('STORE')"),
        PEOPLE("report_day", "('ADVISOR'), ('TECHNICIAN'), ('SERVICE_TYPE')");

        final String name;
        final String dimensions;

        Table(String name, String dimensions) {
            this.name = name;
            this.dimensions = " CROSS JOIN (VALUES " + dimensions + ") AS d(dimension)";
        }

        static Table of(String dimension) {
            return dimension.equals("STORE") ? STORE : PEOPLE;
        }
    }

    private static final String COLUMNS = "organization_id, store_id, on_day, measure, dimension, dim_key, n";
    private static final String SUMS = ", customer_pay, warranty_pay, internal_pay, goodwill, labour, parts,"
            + " genuine_parts, other, sold_hours, clocked_hours, first_time_fixed, followed_up, scored, satisfied,"
            + " nps_answers, promoters, detractors, complaints, insurance_pay";

    private final JdbcClient jdbc;

    DailyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sums these store days again, each under its lock, in one order so that two writers never wait on each other. */
    public void refresh(UUID organizationId, Collection<StoreDay> days) {
        refresh(organizationId, days, EnumSet.allOf(KpiMeasure.class));
    }

    /**
     * Sums only these measures of these store days again: a reception that is no comeback changes only what was
     * received on its day, and summing the deliveries of that day again for each reception was most of its cost.
     */
    public void refresh(UUID organizationId, Collection<StoreDay> days, Set<KpiMeasure> measures) {
        List<StoreDay> ordered = days.stream()
                .distinct()
                .sorted(Comparator.comparing(StoreDay::storeId).thenComparing(StoreDay::day))
                .toList();
        for (StoreDay day : ordered) {
            jdbc.sql("INSERT INTO report_day_lock (organization_id, store_id, on_day) VALUES (:org, :store, :day)"
                            + " ON CONFLICT DO NOTHING")
                    .param("org", organizationId)
                    .param("store", day.storeId())
                    .param("day", day.day())
                    .update();
            jdbc.sql("SELECT on_day FROM report_day_lock WHERE organization_id = :org AND store_id = :store"
                            + " AND on_day = :day FOR UPDATE")
                    .param("org", organizationId)
                    .param("store", day.storeId())
                    .param("day", day.day())
                    .query(LocalDate.class)
                    .list();
        }
        List<String> names = measures.stream().map(KpiMeasure::name).toList();
        for (StoreDay day : ordered) {
            for (Table table : Table.values()) {
                jdbc.sql("DELETE FROM " + table.name + " WHERE organization_id = :org AND store_id = :store"
                                + " AND on_day = :day AND measure IN (:measures)")
                        .param("org", organizationId)
                        .param("store", day.storeId())
                        .param("day", day.day())
                        .param("measures", names)
                        .update();
                for (KpiMeasure measure : measures) {
                    jdbc.sql(insert(table, measure, true))
                            .param("org", organizationId)
                            .param("store", day.storeId())
                            .param("day", day.day())
                            .update();
                }
            }
        }
    }

    /** Sums every day of the organisation again (after a rebuild, or for rows that came before the sums). */
    public void refreshAll(UUID organizationId) {
        for (Table table : Table.values()) {
            jdbc.sql("DELETE FROM " + table.name + " WHERE organization_id = :org")
                    .param("org", organizationId)
                    .update();
            for (KpiMeasure measure : KpiMeasure.values()) {
                jdbc.sql(insert(table, measure, false))
                        .param("org", organizationId)
                        .update();
            }
        }
    }

    /** The organisations with rows but no sums yet. */
    public List<UUID> unsummed() {
        return jdbc.sql("SELECT DISTINCT w.organization_id FROM report_work_order w WHERE NOT EXISTS"
                        + " (SELECT 1 FROM report_store_day d WHERE d.organization_id = w.organization_id)")
                .query(UUID.class)
                .list();
    }

    /**
     * The tallies of {@link ReportFacts#tally}, read from the sums when they hold them: without a person, or for one
     * person grouped by store, month, day or their own dimension.
     */
    Optional<List<Tally>> tally(Scope scope, KpiMeasure measure, KpiGrouping groupBy) {
        String dimension;
        String person = null;
        if (scope.advisorId() == null && scope.technicianId() == null) {
            dimension = switch (groupBy) {
                case ADVISOR, TECHNICIAN, SERVICE_TYPE -> groupBy.name();
                default -> "STORE";
            };
        } else if (scope.advisorId() != null
                && scope.technicianId() == null
                && groupBy != KpiGrouping.TECHNICIAN
                && groupBy != KpiGrouping.SERVICE_TYPE) {
            dimension = "ADVISOR";
            person = scope.advisorId().toString();
        } else if (scope.technicianId() != null
                && scope.advisorId() == null
                && groupBy != KpiGrouping.ADVISOR
                && groupBy != KpiGrouping.SERVICE_TYPE) {
            dimension = "TECHNICIAN";
            person = scope.technicianId().toString();
        } else {
            return Optional.empty();
        }
        String key = switch (groupBy) {
            case STORE -> "store_id";
            case ADVISOR, TECHNICIAN, SERVICE_TYPE -> "dim_key";
            case MONTH -> "EXTRACT(YEAR FROM on_day) * 100 + EXTRACT(MONTH FROM on_day)";
            case DAY -> "on_day";
        };
        boolean delivered = measure == KpiMeasure.DELIVERED;
        StringBuilder sql = new StringBuilder("SELECT ")
                .append(key)
                .append(" AS k, SUM(n)")
                .append(
                        delivered
                                ? ", SUM(customer_pay), SUM(warranty_pay), SUM(internal_pay), SUM(goodwill),"
                                        + " SUM(labour), SUM(parts), SUM(genuine_parts), SUM(other), SUM(sold_hours),"
                                        + " SUM(clocked_hours), SUM(first_time_fixed), SUM(followed_up), SUM(scored),"
                                        + " SUM(satisfied), SUM(nps_answers), SUM(promoters), SUM(detractors),"
                                        + " SUM(complaints), SUM(insurance_pay)"
                                : "")
                .append(" FROM ")
                .append(Table.of(dimension).name)
                .append(" WHERE organization_id = :org AND measure = :measure AND dimension = :dimension"
                        + " AND on_day >= :from AND on_day <= :to");
        if (person != null) {
            sql.append(" AND dim_key = :person");
        }
        if (scope.storeIds() != null) {
            sql.append(" AND store_id IN (:stores)");
        }
        sql.append(" GROUP BY ").append(key);
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
                .param("org", scope.organizationId())
                .param("measure", measure.name())
                .param("dimension", dimension)
                .param("from", scope.from())
                .param("to", scope.to());
        if (person != null) {
            statement = statement.param("person", person);
        }
        if (scope.storeIds() != null) {
            statement = statement.param("stores", Identifier.values(scope.storeIds()));
        }
        return Optional.of(statement
                .query((rs, i) -> ReportFacts.tallyOf(rs, groupBy, delivered))
                .list());
    }

    /** The INSERT that sums one measure into a table, of one store's day ({@code oneDay}) or of the whole organisation. */
    private static String insert(Table table, KpiMeasure measure, boolean oneDay) {
        String into = "INSERT INTO " + table.name + " (";
        return switch (measure) {
            case RECEIVED ->
                into + COLUMNS + ") SELECT w.organization_id, w.store_id, w.received_on,"
                        + " 'RECEIVED', d.dimension, " + key("w") + ", COUNT(*) FROM report_work_order w"
                        + table.dimensions + " WHERE w.organization_id = :org"
                        + (oneDay ? " AND w.store_id = :store AND w.received_on = :day" : "")
                        + " GROUP BY w.organization_id, w.store_id, w.received_on, d.dimension, " + key("w");
            case DELIVERED ->
                into + COLUMNS + SUMS + ") SELECT w.organization_id, w.store_id, w.delivered_on,"
                        + " 'DELIVERED', d.dimension, " + key("w") + ", COUNT(*), " + ReportFacts.DELIVERED_SUMS
                        + " FROM report_work_order w" + ReportFacts.FEEDBACK_JOINS
                        + table.dimensions + " WHERE w.organization_id = :org AND w.delivered_on IS NOT NULL"
                        + (oneDay ? " AND w.store_id = :store AND w.delivered_on = :day" : "")
                        + " GROUP BY w.organization_id, w.store_id, w.delivered_on, d.dimension, " + key("w");
            case COMEBACKS ->
                into + COLUMNS + ") SELECT p.organization_id, p.store_id, w.received_on,"
                        + " 'COMEBACKS', d.dimension, " + key("p") + ", COUNT(*) FROM report_work_order w"
                        + " JOIN report_work_order p ON p.work_order_id = w.comeback_of" + table.dimensions
                        + " WHERE w.organization_id = :org AND p.organization_id = :org"
                        + (oneDay ? " AND p.store_id = :store AND w.received_on = :day" : "")
                        + " GROUP BY p.organization_id, p.store_id, w.received_on, d.dimension, " + key("p");
        };
    }

    /** The dimension's key of a row: none for the store, the person's ID (none without one) or the service type. */
    private static String key(String row) {
        return "CASE d.dimension WHEN 'STORE' THEN '' WHEN 'ADVISOR' THEN CAST(" + row + ".advisor_id AS VARCHAR(40))"
                + " WHEN 'TECHNICIAN' THEN COALESCE(CAST(" + row + ".lead_technician_id AS VARCHAR(40)), '')"
                + " ELSE " + row + ".service_type END";
    }
}
