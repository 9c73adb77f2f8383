package io.aftersales.staff.domain;

import io.aftersales.staff.ExpenseCategory;
import io.aftersales.staff.ExpenseStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Expense claims, their items and the daily limits of an organisation (every query names the organisation). */
@Component
public class ExpenseStore {

    private final JdbcClient jdbc;

    ExpenseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Claim(
            UUID id,
            UUID storeId,
            UUID claimantId,
            String purpose,
            @Nullable LocalDate tripFrom,
            @Nullable LocalDate tripTo,
            @Nullable String route,
            @Nullable String reference,
            BigDecimal total,
            boolean overLimit,
            @Nullable String overLimitReason,
            ExpenseStatus status,
            Instant submittedAt,
            @Nullable UUID managerId,
            @Nullable Instant managerAt,
            @Nullable UUID financeId,
            @Nullable Instant financeAt,
            @Nullable UUID paidBy,
            @Nullable Instant paidAt,
            @Nullable UUID rejectedBy,
            @Nullable Instant rejectedAt,
            @Nullable String rejectionReason,
            long version) {}

    public record Item(
            ExpenseCategory category,
            LocalDate spentOn,
            BigDecimal amount,
            @Nullable String description) {}

    /** Which claims a list shows: of these stores (null: all), of this claimant, in this status (null: any). */
    public record Filter(
            @Nullable Collection<UUID> stores,
            @Nullable UUID claimant,
            @Nullable ExpenseStatus status) {}

    public void insert(UUID organization, Claim claim, List<Item> items) {
        jdbc.sql("INSERT INTO staff_expense_claim (id, organization_id, store_id, claimant_id, purpose, trip_from,"
                        + " trip_to, route, reference, total, over_limit, over_limit_reason, status, submitted_at,"
                        + " version) VALUES (:id, :org, :store, :claimant, :purpose, :tripFrom, :tripTo, :route,"
                        + " :reference, :total, :overLimit, :reason, :status, :at, 0)")
                .param("id", claim.id())
                .param("org", organization)
                .param("store", claim.storeId())
                .param("claimant", claim.claimantId())
                .param("purpose", claim.purpose())
                .param("tripFrom", claim.tripFrom())
                .param("tripTo", claim.tripTo())
                .param("route", claim.route())
                .param("reference", claim.reference())
                .param("total", claim.total())
                .param("overLimit", claim.overLimit())
                .param("reason", claim.overLimitReason())
                .param("status", claim.status().name())
                .param("at", Timestamp.from(claim.submittedAt()))
                .update();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            jdbc.sql("INSERT INTO staff_expense_item (claim_id, line_no, category, spent_on, amount, description)"
                            + " VALUES (:claim, :line, :category, :spentOn, :amount, :description)")
                    .param("claim", claim.id())
                    .param("line", i + 1)
                    .param("category", item.category().name())
                    .param("spentOn", item.spentOn())
                    .param("amount", item.amount())
                    .param("description", item.description())
                    .update();
        }
    }

    public Optional<Claim> find(UUID organization, UUID id) {
        return jdbc.sql("SELECT * FROM staff_expense_claim WHERE organization_id = :org AND id = :id")
                .param("org", organization)
                .param("id", id)
                .query(ExpenseStore::claim)
                .optional();
    }

    /** A page of the claims the filter shows, latest first, and how many there are in all. */
    public List<Claim> page(UUID organization, Filter filter, long offset, int limit) {
        return jdbc.sql("SELECT * FROM staff_expense_claim WHERE " + where(filter)
                        + " ORDER BY submitted_at DESC, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(params(organization, filter))
                .param("offset", offset)
                .param("limit", limit)
                .query(ExpenseStore::claim)
                .list();
    }

    public long count(UUID organization, Filter filter) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_expense_claim WHERE " + where(filter))
                .params(params(organization, filter))
                .query(Long.class)
                .single();
    }

    private static String where(Filter filter) {
        StringBuilder where = new StringBuilder("organization_id = :org");
        if (filter.stores() != null) {
            where.append(filter.stores().isEmpty() ? " AND 1 = 0" : " AND store_id IN (:stores)");
        }
        if (filter.claimant() != null) {
            where.append(" AND claimant_id = :claimant");
        }
        if (filter.status() != null) {
            where.append(" AND status = :status");
        }
        return where.toString();
    }

    private static Map<String, Object> params(UUID organization, Filter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("org", organization);
        if (filter.stores() != null && !filter.stores().isEmpty()) {
            params.put("stores", filter.stores());
        }
        if (filter.claimant() != null) {
            params.put("claimant", filter.claimant());
        }
        if (filter.status() != null) {
            params.put("status", filter.status().name());
        }
        return params;
    }

    /** The items of the given claims, in the order they were entered. */
    public Map<UUID, List<Item>> items(Collection<UUID> claims) {
        Map<UUID, List<Item>> items = new HashMap<>();
        if (claims.isEmpty()) {
            return items;
        }
        jdbc.sql("SELECT * FROM staff_expense_item WHERE claim_id IN (:claims) ORDER BY claim_id, line_no")
                .param("claims", claims)
                .query((rs, i) -> items.computeIfAbsent(rs.getObject("claim_id", UUID.class), k -> new ArrayList<>())
                        .add(new Item(
                                ExpenseCategory.valueOf(rs.getString("category")),
                                rs.getObject("spent_on", LocalDate.class),
                                rs.getBigDecimal("amount"),
                                rs.getString("description"))))
                .list();
        return items;
    }

    /**
     * Moves a claim to {@code to} and records who did it in the step's columns ({@code manager}, {@code finance},
     * {@code paid}, {@code rejected}), if it is still at {@code version}; whether it was.
     */
    public boolean step(
            UUID organization,
            UUID id,
            long version,
            ExpenseStatus to,
            String step,
            UUID by,
            Instant at,
            @Nullable String reason) {
        String columns = switch (step) {
            case "manager" -> "manager_id = :by, manager_at = :at";
            case "finance" -> "finance_id = :by, finance_at = :at";
            case "paid" -> "paid_by = :by, paid_at = :at";
            case "rejected" -> "rejected_by = :by, rejected_at = :at, rejection_reason = :reason";
            default -> throw new IllegalArgumentException(step);
        };
        return jdbc.sql("UPDATE staff_expense_claim SET status = :to, version = version + 1, " + columns
                                + " WHERE organization_id = :org AND id = :id AND version = :version")
                        .param("to", to.name())
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .param("reason", reason)
                        .param("org", organization)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public void addReceipt(UUID claim, UUID id, String contentType, byte[] data, Instant at) {
        jdbc.sql("INSERT INTO staff_expense_receipt (id, claim_id, content_type, data, created_at) VALUES (:id, :claim,"
                        + " :type, :data, :at)")
                .param("id", id)
                .param("claim", claim)
                .param("type", contentType)
                .param("data", data)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The receipts of the given claims, oldest first, by claim. */
    public Map<UUID, List<UUID>> receipts(Collection<UUID> claims) {
        Map<UUID, List<UUID>> receipts = new HashMap<>();
        if (claims.isEmpty()) {
            return receipts;
        }
        jdbc.sql("SELECT claim_id, id FROM staff_expense_receipt WHERE claim_id IN (:claims) ORDER BY created_at, id")
                .param("claims", claims)
                .query((rs, i) -> receipts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        return receipts;
    }

    /** A receipt of the claim: its type and bytes. */
    public Optional<Map.Entry<String, byte[]>> receipt(UUID claim, UUID id) {
        return jdbc.sql("SELECT content_type, data FROM staff_expense_receipt WHERE claim_id = :claim AND id = :id")
                .param("claim", claim)
                .param("id", id)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    /** A trip of an approved claim (a manager approved it, or finance, or it is paid). */
    public record Trip(UUID claimant, LocalDate from, LocalDate to) {}

    /** The trips of the store's approved claims that overlap the days {@code from} to {@code to}. */
    public List<Trip> trips(UUID organization, UUID store, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT claimant_id, trip_from, trip_to FROM staff_expense_claim WHERE organization_id = :org"
                        + " AND store_id = :store AND status IN ('MANAGER_APPROVED', 'APPROVED', 'PAID') AND trip_from"
                        + " <= :to AND trip_to >= :from")
                .param("org", organization)
                .param("store", store)
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new Trip(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** A claim approved by finance or paid that names a reference (a contract number), when filed and its total. */
    public record Referenced(String reference, Instant submittedAt, BigDecimal total) {}

    public List<Referenced> referencing(UUID organization, Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "SELECT reference, submitted_at, total FROM staff_expense_claim WHERE organization_id = :org AND"
                                + " reference IN (:refs) AND status IN ('APPROVED', 'PAID')")
                .param("org", organization)
                .param("refs", references)
                .query((rs, n) -> new Referenced(
                        rs.getString("reference"),
                        rs.getTimestamp("submitted_at").toInstant(),
                        rs.getBigDecimal("total")))
                .list();
    }

    public Map<ExpenseCategory, BigDecimal> rules(UUID organization) {
        Map<ExpenseCategory, BigDecimal> rules = new EnumMap<>(ExpenseCategory.class);
        jdbc.sql("SELECT category, daily_limit FROM staff_expense_rule WHERE organization_id = :org")
                .param("org", organization)
                .query((rs, i) -> rules.put(ExpenseCategory.valueOf(rs.getString(1)), rs.getBigDecimal(2)))
                .list();
        return rules;
    }

    /** Sets (or with null removes) a category's daily limit. */
    public void rule(UUID organization, ExpenseCategory category, @Nullable BigDecimal dailyLimit) {
        jdbc.sql("DELETE FROM staff_expense_rule WHERE organization_id = :org AND category = :category")
                .param("org", organization)
                .param("category", category.name())
                .update();
        if (dailyLimit != null) {
            jdbc.sql("INSERT INTO staff_expense_rule (organization_id, category, daily_limit) VALUES (:org,"
                            + " :category, :limit)")
                    .param("org", organization)
                    .param("category", category.name())
                    .param("limit", dailyLimit)
                    .update();
        }
    }

    private static Claim claim(ResultSet rs, int row) throws SQLException {
        return new Claim(
                rs.getObject("id", UUID.class),
                rs.getObject("store_id", UUID.class),
                rs.getObject("claimant_id", UUID.class),
                rs.getString("purpose"),
                rs.getObject("trip_from", LocalDate.class),
                rs.getObject("trip_to", LocalDate.class),
                rs.getString("route"),
                rs.getString("reference"),
                rs.getBigDecimal("total"),
                rs.getBoolean("over_limit"),
                rs.getString("over_limit_reason"),
                ExpenseStatus.valueOf(rs.getString("status")),
                instant(rs, "submitted_at"),
                rs.getObject("manager_id", UUID.class),
                instant(rs, "manager_at"),
                rs.getObject("finance_id", UUID.class),
                instant(rs, "finance_at"),
                rs.getObject("paid_by", UUID.class),
                instant(rs, "paid_at"),
                rs.getObject("rejected_by", UUID.class),
                instant(rs, "rejected_at"),
                rs.getString("rejection_reason"),
                rs.getLong("version"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
