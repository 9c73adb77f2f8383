package io.aftersales.staff.domain;

import io.aftersales.staff.JournalKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Meeting notes and work diaries of an organisation (every query names the organisation). */
@Component
public class JournalStore {

    private final JdbcClient jdbc;

    JournalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Entry(
            UUID id,
            UUID storeId,
            UUID authorId,
            JournalKind kind,
            LocalDate day,
            String title,
            String body,
            @Nullable UUID customerId,
            Instant createdAt,
            Instant updatedAt,
            long version) {}

    /**
     * Which entries a list shows: a store's, the meeting notes and the diaries of {@code reader} (or every diary for
     * a manager), narrowed by kind, a text in the title or body, a customer and days.
     */
    public record Filter(
            UUID store,
            UUID reader,
            boolean allDiaries,
            @Nullable JournalKind kind,
            @Nullable String text,
            @Nullable UUID customer,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {}

    public void insert(UUID organization, Entry entry) {
        jdbc.sql("INSERT INTO staff_journal_entry (id, organization_id, store_id, author_id, kind, entry_date, title,"
                        + " body, customer_id, created_at, updated_at, version) VALUES (:id, :org, :store, :author,"
                        + " :kind, :day, :title, :body, :customer, :at, :at, 0)")
                .param("id", entry.id())
                .param("org", organization)
                .param("store", entry.storeId())
                .param("author", entry.authorId())
                .param("kind", entry.kind().name())
                .param("day", entry.day())
                .param("title", entry.title())
                .param("body", entry.body())
                .param("customer", entry.customerId())
                .param("at", Timestamp.from(entry.createdAt()))
                .update();
    }

    /** Changes an entry still at {@code version}; whether it was. */
    public boolean update(UUID organization, Entry entry, long version, Instant at) {
        return jdbc.sql("UPDATE staff_journal_entry SET kind = :kind, entry_date = :day, title = :title, body = :body,"
                                + " customer_id = :customer, updated_at = :at, version = version + 1 WHERE"
                                + " organization_id = :org AND id = :id AND version = :version")
                        .param("kind", entry.kind().name())
                        .param("day", entry.day())
                        .param("title", entry.title())
                        .param("body", entry.body())
                        .param("customer", entry.customerId())
                        .param("at", Timestamp.from(at))
                        .param("org", organization)
                        .param("id", entry.id())
                        .param("version", version)
                        .update()
                == 1;
    }

    public Optional<Entry> find(UUID organization, UUID id) {
        return jdbc.sql("SELECT * FROM staff_journal_entry WHERE organization_id = :org AND id = :id")
                .param("org", organization)
                .param("id", id)
                .query(JournalStore::entry)
                .optional();
    }

    /** A page of the entries the filter shows, the latest day first. */
    public List<Entry> page(UUID organization, Filter filter, long offset, int limit) {
        return jdbc.sql("SELECT * FROM staff_journal_entry WHERE " + where(filter)
                        + " ORDER BY entry_date DESC, created_at DESC, id OFFSET :offset ROWS FETCH NEXT :limit ROWS"
                        + " ONLY")
                .params(params(organization, filter))
                .param("offset", offset)
                .param("limit", limit)
                .query(JournalStore::entry)
                .list();
    }

    public long count(UUID organization, Filter filter) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_journal_entry WHERE " + where(filter))
                .params(params(organization, filter))
                .query(Long.class)
                .single();
    }

    private static String where(Filter filter) {
        StringBuilder where = new StringBuilder("organization_id = :org AND store_id = :store");
        if (!filter.allDiaries()) {
            where.append(" AND (kind = 'MEETING' OR author_id = :reader)");
        }
        if (filter.kind() != null) {
            where.append(" AND kind = :kind");
        }
        if (filter.text() != null) {
            where.append(" AND (LOWER(title) LIKE :text ESCAPE '\\' OR LOWER(body) LIKE :text ESCAPE '\\')");
        }
        if (filter.customer() != null) {
            where.append(" AND customer_id = :customer");
        }
        if (filter.from() != null) {
            where.append(" AND entry_date >= :from");
        }
        if (filter.to() != null) {
            where.append(" AND entry_date <= :to");
        }
        return where.toString();
    }

    private static Map<String, Object> params(UUID organization, Filter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("org", organization);
        params.put("store", filter.store());
        if (!filter.allDiaries()) {
            params.put("reader", filter.reader());
        }
        if (filter.kind() != null) {
            params.put("kind", filter.kind().name());
        }
        if (filter.text() != null) {
            String escaped = filter.text()
                    .toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            params.put("text", "%" + escaped + "%");
        }
        if (filter.customer() != null) {
            params.put("customer", filter.customer());
        }
        if (filter.from() != null) {
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            params.put("to", filter.to());
        }
        return params;
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getObject("id", UUID.class),
                rs.getObject("store_id", UUID.class),
                rs.getObject("author_id", UUID.class),
                JournalKind.valueOf(rs.getString("kind")),
                rs.getObject("entry_date", LocalDate.class),
                rs.getString("title"),
                rs.getString("body"),
                rs.getObject("customer_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }
}
