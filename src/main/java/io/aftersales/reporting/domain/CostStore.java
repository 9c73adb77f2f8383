package io.aftersales.reporting.domain;

import io.aftersales.reporting.CostCentre;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The budgets and the costs entered by hand of a store's month, and the delivered jobs behind the costs the work
 * orders give (goodwill and internal pay in the reporting projection).
 */
@Component
public class CostStore {

    private final JdbcClient jdbc;

    CostStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Budget(UUID personId, CostCentre centre, BigDecimal amount) {}

    /** The sum of a person's (null: nobody's) entries in a centre. */
    public record Entered(@Nullable UUID personId, CostCentre centre, BigDecimal amount) {}

    public record Entry(
            UUID id,
            UUID storeId,
            @Nullable UUID personId,
            CostCentre centre,
            LocalDate day,
            BigDecimal amount,
            String note,
            Instant createdAt,
            UUID createdBy) {}

    public record Job(UUID workOrderId, String number, UUID advisorId, Instant deliveredAt, BigDecimal amount) {}

    public List<Budget> budgets(UUID organizationId, LocalDate month, UUID storeId) {
        return jdbc.sql("SELECT person_id, cost_centre, amount FROM report_budget WHERE organization_id = :org"
                        + " AND month_start = :month AND store_id = :store")
                .param("org", organizationId)
                .param("month", month)
                .param("store", storeId)
                .query((rs, i) -> new Budget(
                        rs.getObject("person_id", UUID.class),
                        CostCentre.valueOf(rs.getString("cost_centre")),
                        rs.getBigDecimal("amount")))
                .list();
    }

    /** Sets one budget, or removes it when {@code amount} is null. */
    public void setBudget(
            UUID organizationId,
            LocalDate month,
            UUID storeId,
            UUID personId,
            CostCentre centre,
            @Nullable BigDecimal amount,
            UUID by,
            Instant at) {
        jdbc.sql("DELETE FROM report_budget WHERE organization_id = :org AND month_start = :month"
                        + " AND store_id = :store AND person_id = :person AND cost_centre = :centre")
                .param("org", organizationId)
                .param("month", month)
                .param("store", storeId)
                .param("person", personId)
                .param("centre", centre.name())
                .update();
        if (amount != null) {
            jdbc.sql("INSERT INTO report_budget (organization_id, month_start, store_id, person_id, cost_centre,"
                            + " amount, updated_at, updated_by) VALUES (:org, :month, :store, :person, :centre,"
                            + " :amount, :at, :by)")
                    .param("org", organizationId)
                    .param("month", month)
                    .param("store", storeId)
                    .param("person", personId)
                    .param("centre", centre.name())
                    .param("amount", amount)
                    .param("at", Timestamp.from(at))
                    .param("by", by)
                    .update();
        }
    }

    public void add(UUID organizationId, Entry entry) {
        jdbc.sql("INSERT INTO report_cost (id, organization_id, store_id, person_id, cost_centre, on_day, amount, note,"
                        + " created_at, created_by) VALUES (:id, :org, :store, :person, :centre, :day, :amount, :note,"
                        + " :at, :by)")
                .param("id", entry.id())
                .param("org", organizationId)
                .param("store", entry.storeId())
                .param("person", entry.personId())
                .param("centre", entry.centre().name())
                .param("day", entry.day())
                .param("amount", entry.amount())
                .param("note", entry.note())
                .param("at", Timestamp.from(entry.createdAt()))
                .param("by", entry.createdBy())
                .update();
    }

    /** The entries' sums per person and centre over the days {@code from} to {@code to}. */
    public List<Entered> entered(UUID organizationId, UUID storeId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT person_id, cost_centre, SUM(amount) AS amount FROM report_cost"
                        + " WHERE organization_id = :org AND store_id = :store AND on_day >= :from AND on_day <= :to"
                        + " GROUP BY person_id, cost_centre")
                .param("org", organizationId)
                .param("store", storeId)
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new Entered(
                        rs.getObject("person_id", UUID.class),
                        CostCentre.valueOf(rs.getString("cost_centre")),
                        rs.getBigDecimal("amount")))
                .list();
    }

    /** A page of the entries of the days {@code from} to {@code to}, the latest first; of one person when given. */
    public List<Entry> entries(
            UUID organizationId,
            UUID storeId,
            LocalDate from,
            LocalDate to,
            @Nullable UUID personId,
            int offset,
            int limit) {
        return jdbc.sql("SELECT id, store_id, person_id, cost_centre, on_day, amount, note, created_at, created_by"
                        + entriesWhere(personId) + " ORDER BY on_day DESC, created_at DESC, id"
                        + " OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY")
                .param("org", organizationId)
                .param("store", storeId)
                .param("from", from)
                .param("to", to)
                .params(personId == null ? Map.of() : Map.of("person", personId))
                .query((rs, i) -> new Entry(
                        rs.getObject("id", UUID.class),
                        rs.getObject("store_id", UUID.class),
                        rs.getObject("person_id", UUID.class),
                        CostCentre.valueOf(rs.getString("cost_centre")),
                        rs.getObject("on_day", LocalDate.class),
                        rs.getBigDecimal("amount"),
                        rs.getString("note"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getObject("created_by", UUID.class)))
                .list();
    }

    public long countEntries(UUID organizationId, UUID storeId, LocalDate from, LocalDate to, @Nullable UUID personId) {
        return jdbc.sql("SELECT COUNT(*)" + entriesWhere(personId))
                .param("org", organizationId)
                .param("store", storeId)
                .param("from", from)
                .param("to", to)
                .params(personId == null ? Map.of() : Map.of("person", personId))
                .query(Long.class)
                .single();
    }

    private static String entriesWhere(@Nullable UUID personId) {
        return " FROM report_cost WHERE organization_id = :org AND store_id = :store AND on_day >= :from"
                + " AND on_day <= :to" + (personId == null ? "" : " AND person_id = :person");
    }

    /**
     * The jobs delivered at a store over the days {@code from} to {@code to} with a cost in {@code centre} (one of
     * those the work orders give), of one advisor when given; the latest first.
     */
    public List<Job> jobs(
            UUID organizationId,
            UUID storeId,
            LocalDate from,
            LocalDate to,
            CostCentre centre,
            @Nullable UUID advisorId,
            int offset,
            int limit) {
        String column = column(centre);
        return jdbc.sql("SELECT work_order_id, number, advisor_id, delivered_at, " + column + " AS amount"
                        + jobsWhere(column, advisorId) + " ORDER BY delivered_on DESC, number DESC"
                        + " OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY")
                .param("org", organizationId)
                .param("store", storeId)
                .param("from", from)
                .param("to", to)
                .params(advisorId == null ? Map.of() : Map.of("advisor", advisorId))
                .query((rs, i) -> new Job(
                        rs.getObject("work_order_id", UUID.class),
                        rs.getString("number"),
                        rs.getObject("advisor_id", UUID.class),
                        rs.getTimestamp("delivered_at").toInstant(),
                        rs.getBigDecimal("amount")))
                .list();
    }

    public long countJobs(
            UUID organizationId,
            UUID storeId,
            LocalDate from,
            LocalDate to,
            CostCentre centre,
            @Nullable UUID advisorId) {
        return jdbc.sql("SELECT COUNT(*)" + jobsWhere(column(centre), advisorId))
                .param("org", organizationId)
                .param("store", storeId)
                .param("from", from)
                .param("to", to)
                .params(advisorId == null ? Map.of() : Map.of("advisor", advisorId))
                .query(Long.class)
                .single();
    }

    private static String jobsWhere(String column, @Nullable UUID advisorId) {
        return " FROM report_work_order WHERE organization_id = :org AND delivered_on >= :from AND delivered_on <= :to"
                + " AND store_id = :store AND " + column + " <> 0"
                + (advisorId == null ? "" : " AND advisor_id = :advisor");
    }

    private static String column(CostCentre centre) {
        return switch (centre) {
            case GOODWILL -> "goodwill";
            case INTERNAL_REPAIR -> "internal_pay";
            default -> throw new IllegalArgumentException(centre + " is not given by the work orders");
        };
    }
}
