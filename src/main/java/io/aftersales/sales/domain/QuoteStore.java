package io.aftersales.sales.domain;

import io.aftersales.sales.QuoteStatus;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
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

/** Quotes and the lines of each revision (every query names the organisation). */
@Component
public class QuoteStore {

    private final JdbcClient jdbc;

    QuoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Quote(
            UUID id,
            String number,
            UUID customerId,
            UUID repId,
            QuoteStatus status,
            int revision,
            LocalDate validUntil,
            BigDecimal total,
            LocalDate createdOn,
            @Nullable LocalDate sentOn,
            @Nullable LocalDate decidedOn,
            @Nullable String lossReason,
            @Nullable String competitor,
            @Nullable String lossNote,
            @Nullable UUID contractId,
            long version) {}

    public record Line(UUID productId, int quantity, BigDecimal unitPrice, BigDecimal amount) {}

    /** Which quotes a list shows: of a rep, a customer, in a status, created in [from, to] (each optional). */
    public record Filter(
            @Nullable UUID rep,
            @Nullable UUID customer,
            @Nullable QuoteStatus status,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {}

    /** Decided quotes of a period counted per key (a rep, a customer or a product). */
    public record Tally(UUID key, String status, long count, BigDecimal amount) {}

    public record LossTally(String reason, long count, BigDecimal amount) {}

    public void insert(UUID org, Quote quote) {
        jdbc.sql("INSERT INTO sales_quote (id, organization_id, number, customer_id, rep_id, status, revision,"
                        + " valid_until, total, created_on, version) VALUES (:id, :org, :number, :customer, :rep,"
                        + " :status, :revision, :validUntil, :total, :createdOn, 0)")
                .param("id", quote.id())
                .param("org", org)
                .param("number", quote.number())
                .param("customer", quote.customerId())
                .param("rep", quote.repId())
                .param("status", quote.status().name())
                .param("revision", quote.revision())
                .param("validUntil", quote.validUntil())
                .param("total", quote.total())
                .param("createdOn", quote.createdOn())
                .update();
    }

    public void insertLines(UUID quote, int revision, List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            jdbc.sql("INSERT INTO sales_quote_line (quote_id, revision, line_no, product_id, quantity, unit_price,"
                            + " amount) VALUES (:quote, :revision, :line, :product, :q, :price, :amount)")
                    .param("quote", quote)
                    .param("revision", revision)
                    .param("line", i + 1)
                    .param("product", line.productId())
                    .param("q", line.quantity())
                    .param("price", line.unitPrice())
                    .param("amount", line.amount())
                    .update();
        }
    }

    /**
     * Writes the quote's changeable columns at the version read and counts the version up; false when someone
     * changed it first.
     */
    public boolean update(UUID org, Quote quote) {
        return jdbc.sql("UPDATE sales_quote SET status = :status, revision = :revision, valid_until = :validUntil,"
                                + " total = :total, sent_on = :sentOn, decided_on = :decidedOn, loss_reason = :reason,"
                                + " competitor = :competitor, loss_note = :note, contract_id = :contract, version ="
                                + " version + 1 WHERE organization_id = :org AND id = :id AND version = :version")
                        .param("org", org)
                        .param("id", quote.id())
                        .param("status", quote.status().name())
                        .param("revision", quote.revision())
                        .param("validUntil", quote.validUntil())
                        .param("total", quote.total())
                        .param("sentOn", quote.sentOn())
                        .param("decidedOn", quote.decidedOn())
                        .param("reason", quote.lossReason())
                        .param("competitor", quote.competitor())
                        .param("note", quote.lossNote())
                        .param("contract", quote.contractId())
                        .param("version", quote.version())
                        .update()
                == 1;
    }

    /** Sent quotes past their validity become expired, as of the day given; counted on the last day they were valid. */
    public void expire(UUID org, LocalDate today) {
        jdbc.sql("UPDATE sales_quote SET status = 'EXPIRED', decided_on = valid_until, version = version + 1"
                        + " WHERE organization_id = :org AND status = 'SENT' AND valid_until < :today")
                .param("org", org)
                .param("today", today)
                .update();
    }

    public Optional<Quote> find(UUID org, UUID id) {
        return jdbc.sql("SELECT * FROM sales_quote WHERE organization_id = :org AND id = :id")
                .param("org", org)
                .param("id", id)
                .query(QuoteStore::quote)
                .optional();
    }

    public List<Quote> page(UUID org, Filter filter, long offset, int limit) {
        return jdbc.sql("SELECT * FROM sales_quote WHERE " + where(filter)
                        + " ORDER BY created_on DESC, number DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(params(org, filter))
                .param("offset", offset)
                .param("limit", limit)
                .query(QuoteStore::quote)
                .list();
    }

    public long count(UUID org, Filter filter) {
        return jdbc.sql("SELECT COUNT(*) FROM sales_quote WHERE " + where(filter))
                .params(params(org, filter))
                .query(Long.class)
                .single();
    }

    private static String where(Filter filter) {
        StringBuilder where = new StringBuilder("organization_id = :org");
        if (filter.rep() != null) {
            where.append(" AND rep_id = :rep");
        }
        if (filter.customer() != null) {
            where.append(" AND customer_id = :customer");
        }
        if (filter.status() != null) {
            where.append(" AND status = :status");
        }
        if (filter.from() != null) {
            where.append(" AND created_on >= :from");
        }
        if (filter.to() != null) {
            where.append(" AND created_on <= :to");
        }
        return where.toString();
    }

    private static Map<String, Object> params(UUID org, Filter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("org", org);
        if (filter.rep() != null) {
            params.put("rep", filter.rep());
        }
        if (filter.customer() != null) {
            params.put("customer", filter.customer());
        }
        if (filter.status() != null) {
            params.put("status", filter.status().name());
        }
        if (filter.from() != null) {
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            params.put("to", filter.to());
        }
        return params;
    }

    /** The lines of each quote's current revision, in order. */
    public Map<UUID, List<Line>> lines(Collection<UUID> quotes) {
        Map<UUID, List<Line>> lines = new HashMap<>();
        if (quotes.isEmpty()) {
            return lines;
        }
        jdbc.sql("SELECT l.* FROM sales_quote_line l JOIN sales_quote q ON q.id = l.quote_id AND q.revision ="
                        + " l.revision WHERE l.quote_id IN (:ids) ORDER BY l.quote_id, l.line_no")
                .param("ids", quotes)
                .query((ResultSet rs) -> {
                    lines.computeIfAbsent(rs.getObject("quote_id", UUID.class), k -> new ArrayList<>())
                            .add(new Line(
                                    rs.getObject("product_id", UUID.class),
                                    rs.getInt("quantity"),
                                    rs.getBigDecimal("unit_price"),
                                    rs.getBigDecimal("amount")));
                });
        return lines;
    }

    /**
     * Quotes decided (won, lost, expired) in [from, to], counted with their totals per key: the rep, the customer, or
     * each product on the quote's current revision (a quote counts once for each product it offers).
     */
    public List<Tally> tally(UUID org, String by, LocalDate from, LocalDate to) {
        String sql = switch (by) {
            case "rep" -> "SELECT q.rep_id AS k, q.status, COUNT(*) AS n, SUM(q.total) AS amount FROM sales_quote q";
            case "customer" ->
                "SELECT q.customer_id AS k, q.status, COUNT(*) AS n, SUM(q.total) AS amount FROM sales_quote q";
            default ->
                "SELECT l.product_id AS k, q.status, COUNT(DISTINCT q.id) AS n, SUM(l.amount) AS amount FROM"
                        + " sales_quote q JOIN sales_quote_line l ON l.quote_id = q.id AND l.revision = q.revision";
        };
        return jdbc.sql(sql + " WHERE q.organization_id = :org AND q.status IN ('WON', 'LOST', 'EXPIRED') AND"
                        + " q.decided_on >= :from AND q.decided_on <= :to GROUP BY k, q.status")
                .param("org", org)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Tally(
                        rs.getObject("k", UUID.class),
                        rs.getString("status"),
                        rs.getLong("n"),
                        rs.getBigDecimal("amount")))
                .list();
    }

    /** Lost quotes of [from, to] per reason, most first. */
    public List<LossTally> losses(UUID org, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT loss_reason, COUNT(*) AS n, SUM(total) AS amount FROM sales_quote WHERE"
                        + " organization_id = :org AND status = 'LOST' AND decided_on >= :from AND decided_on <= :to"
                        + " GROUP BY loss_reason ORDER BY n DESC, loss_reason")
                .param("org", org)
                .param("from", from)
                .param("to", to)
                .query((rs, n) ->
                        new LossTally(rs.getString("loss_reason"), rs.getLong("n"), rs.getBigDecimal("amount")))
                .list();
    }

    private static Quote quote(ResultSet rs, int n) throws SQLException {
        return new Quote(
                rs.getObject("id", UUID.class),
                rs.getString("number"),
                rs.getObject("customer_id", UUID.class),
                rs.getObject("rep_id", UUID.class),
                QuoteStatus.valueOf(rs.getString("status")),
                rs.getInt("revision"),
                rs.getObject("valid_until", LocalDate.class),
                rs.getBigDecimal("total"),
                rs.getObject("created_on", LocalDate.class),
                day(rs.getDate("sent_on")),
                day(rs.getDate("decided_on")),
                rs.getString("loss_reason"),
                rs.getString("competitor"),
                rs.getString("loss_note"),
                rs.getObject("contract_id", UUID.class),
                rs.getLong("version"));
    }

    static @Nullable LocalDate day(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
