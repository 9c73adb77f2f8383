package io.aftersales.staff.domain;

import io.aftersales.staff.CommissionBasis;
import io.aftersales.staff.CommissionStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Commission rules and statements of an organisation (every query names the organisation). */
@Component
public class CommissionStore {

    private final JdbcClient jdbc;

    CommissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A rule as stored: tiers as {@code from:rate} pairs separated by {@code ;}. */
    public record Rule(
            String role,
            CommissionBasis basis,
            String tiers,
            @Nullable BigDecimal monthlyCap) {}

    public record Statement(
            UUID id,
            UUID storeId,
            UUID personId,
            LocalDate month,
            String role,
            CommissionStatus status,
            BigDecimal total,
            Instant computedAt,
            @Nullable UUID approvedBy,
            @Nullable Instant approvedAt,
            @Nullable UUID lockedBy,
            @Nullable Instant lockedAt,
            long version) {}

    public record Line(
            CommissionBasis basis,
            BigDecimal base,
            BigDecimal commission,
            boolean capped,
            @Nullable String note) {}

    public List<Rule> rules(UUID organization) {
        return jdbc.sql("SELECT role, basis, tiers, monthly_cap FROM staff_commission_rule WHERE organization_id = :org"
                        + " ORDER BY role, basis")
                .param("org", organization)
                .query((rs, i) -> new Rule(
                        rs.getString(1),
                        CommissionBasis.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getBigDecimal(4)))
                .list();
    }

    /** Sets a role's rule on a basis; empty tiers remove it. */
    public void rule(UUID organization, Rule rule) {
        jdbc.sql("DELETE FROM staff_commission_rule WHERE organization_id = :org AND role = :role AND basis = :basis")
                .param("org", organization)
                .param("role", rule.role())
                .param("basis", rule.basis().name())
                .update();
        if (!rule.tiers().isEmpty()) {
            jdbc.sql("INSERT INTO staff_commission_rule (organization_id, role, basis, tiers, monthly_cap) VALUES"
                            + " (:org, :role, :basis, :tiers, :cap)")
                    .param("org", organization)
                    .param("role", rule.role())
                    .param("basis", rule.basis().name())
                    .param("tiers", rule.tiers())
                    .param("cap", rule.monthlyCap())
                    .update();
        }
    }

    /** The statements of a store's month (of one person when given), by person. */
    public List<Statement> statements(UUID organization, UUID store, LocalDate month, @Nullable UUID person) {
        return jdbc.sql("SELECT * FROM staff_commission_statement WHERE organization_id = :org AND store_id = :store"
                        + " AND month_start = :month" + (person == null ? "" : " AND person_id = :person")
                        + " ORDER BY total DESC, person_id")
                .param("org", organization)
                .param("store", store)
                .param("month", month)
                .params(person == null ? Map.of() : Map.of("person", person))
                .query(CommissionStore::statement)
                .list();
    }

    public Optional<Statement> find(UUID organization, UUID id) {
        return jdbc.sql("SELECT * FROM staff_commission_statement WHERE organization_id = :org AND id = :id")
                .param("org", organization)
                .param("id", id)
                .query(CommissionStore::statement)
                .optional();
    }

    public Map<UUID, List<Line>> lines(Collection<UUID> statements) {
        Map<UUID, List<Line>> lines = new HashMap<>();
        if (statements.isEmpty()) {
            return lines;
        }
        jdbc.sql("SELECT * FROM staff_commission_line WHERE statement_id IN (:ids) ORDER BY statement_id, line_no")
                .param("ids", statements)
                .query((rs, i) -> lines.computeIfAbsent(
                                rs.getObject("statement_id", UUID.class), k -> new ArrayList<>())
                        .add(line(rs)))
                .list();
        return lines;
    }

    /** Replaces the store's month's statements that are not locked by these (the caller checked none is). */
    public void replace(UUID organization, UUID store, LocalDate month, Map<Statement, List<Line>> statements) {
        jdbc.sql(
                        "DELETE FROM staff_commission_statement WHERE organization_id = :org AND store_id = :store AND month_start"
                                + " = :month AND status <> 'LOCKED'")
                .param("org", organization)
                .param("store", store)
                .param("month", month)
                .update();
        statements.forEach((statement, lines) -> {
            jdbc.sql(
                            "INSERT INTO staff_commission_statement (id, organization_id, store_id, person_id, month_start, role,"
                                    + " status, total, computed_at, version) VALUES (:id, :org, :store, :person, :month,"
                                    + " :role, :status, :total, :at, 0)")
                    .param("id", statement.id())
                    .param("org", organization)
                    .param("store", store)
                    .param("person", statement.personId())
                    .param("month", month)
                    .param("role", statement.role())
                    .param("status", statement.status().name())
                    .param("total", statement.total())
                    .param("at", Timestamp.from(statement.computedAt()))
                    .update();
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                jdbc.sql("INSERT INTO staff_commission_line (statement_id, line_no, basis, base_amount, commission,"
                                + " note) VALUES (:id, :no, :basis, :base, :commission, :note)")
                        .param("id", statement.id())
                        .param("no", i + 1)
                        .param("basis", line.basis().name())
                        .param("base", line.base())
                        .param("commission", line.commission())
                        .param("note", line.capped() ? "capped" : line.note())
                        .update();
            }
        });
    }

    /** Approves a computed statement still at {@code version}; whether it was. */
    public boolean approve(UUID organization, UUID id, long version, UUID by, Instant at) {
        return jdbc.sql("UPDATE staff_commission_statement SET status = 'APPROVED', approved_by = :by, approved_at ="
                                + " :at, version = version + 1 WHERE organization_id = :org AND id = :id AND version ="
                                + " :version AND status = 'COMPUTED'")
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .param("org", organization)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** Locks every statement of the store's month; how many. */
    public int lock(UUID organization, UUID store, LocalDate month, UUID by, Instant at) {
        return jdbc.sql("UPDATE staff_commission_statement SET status = 'LOCKED', locked_by = :by, locked_at = :at,"
                        + " version = version + 1 WHERE organization_id = :org AND store_id = :store AND month_start = :month"
                        + " AND status = 'APPROVED'")
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("org", organization)
                .param("store", store)
                .param("month", month)
                .update();
    }

    private static Line line(ResultSet rs) throws SQLException {
        String note = rs.getString("note");
        return new Line(
                CommissionBasis.valueOf(rs.getString("basis")),
                rs.getBigDecimal("base_amount"),
                rs.getBigDecimal("commission"),
                "capped".equals(note),
                "capped".equals(note) ? null : note);
    }

    private static Statement statement(ResultSet rs, int row) throws SQLException {
        return new Statement(
                rs.getObject("id", UUID.class),
                rs.getObject("store_id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("month_start", LocalDate.class),
                rs.getString("role"),
                CommissionStatus.valueOf(rs.getString("status")),
                rs.getBigDecimal("total"),
                rs.getTimestamp("computed_at").toInstant(),
                rs.getObject("approved_by", UUID.class),
                instant(rs, "approved_at"),
                rs.getObject("locked_by", UUID.class),
                instant(rs, "locked_at"),
                rs.getLong("version"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
