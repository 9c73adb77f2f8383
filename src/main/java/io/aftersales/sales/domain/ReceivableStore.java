package io.aftersales.sales.domain;

import io.aftersales.sales.CollectionMethod;
import io.aftersales.sales.ReceivableKind;
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

/**
 * What customers owe and what they paid: receivables, payments with their matching to receivables, and
 * reconciliation statements. What is paid of a receivable grows only by a conditional statement that keeps it within
 * the amount. Every query names the organisation.
 */
@Component
public class ReceivableStore {

    private final JdbcClient jdbc;

    ReceivableStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Receivable(
            UUID id,
            UUID customerId,
            ReceivableKind kind,
            @Nullable UUID storeId,
            @Nullable UUID contractId,
            @Nullable UUID workOrderId,
            String reference,
            LocalDate aroseOn,
            LocalDate dueOn,
            BigDecimal amount,
            BigDecimal paid,
            @Nullable UUID repId,
            @Nullable String invoiceNumber,
            @Nullable String eFapiao,
            @Nullable LocalDate invoicedOn,
            @Nullable BigDecimal taxRate) {}

    public record Payment(
            UUID id,
            UUID customerId,
            LocalDate receivedOn,
            BigDecimal amount,
            CollectionMethod method,
            @Nullable String reference,
            UUID recordedBy,
            Instant recordedAt) {}

    public record Allocation(UUID paymentId, UUID receivableId, BigDecimal amount) {}

    /**
     * Which receivables a list shows: of a customer, of a contract, of a rep, only open ones, and for a user restricted
     * to some stores only those of no store or of these stores (null: no restriction).
     */
    public record Filter(
            @Nullable UUID customer,
            @Nullable UUID contract,
            @Nullable UUID rep,
            boolean openOnly,
            @Nullable Collection<UUID> stores) {}

    public record Statement(
            UUID id,
            UUID customerId,
            LocalDate from,
            LocalDate to,
            BigDecimal opening,
            BigDecimal debits,
            BigDecimal credits,
            BigDecimal closing,
            UUID createdBy,
            Instant createdAt,
            @Nullable LocalDate confirmedOn,
            @Nullable String confirmedBy,
            @Nullable String confirmation,
            long version) {}

    /** Inserts a receivable; false when one for the same work order is there already (an event delivered twice). */
    public boolean insert(UUID org, Receivable r) {
        return jdbc.sql("INSERT INTO sales_receivable (id, organization_id, customer_id, kind, store_id, contract_id,"
                                + " work_order_id, reference, arose_on, due_on, amount, paid, rep_id) VALUES (:id, :org,"
                                + " :customer, :kind, :store, :contract, :wo, :reference, :arose, :due, :amount, 0,"
                                + " :rep) ON CONFLICT DO NOTHING")
                        .param("id", r.id())
                        .param("org", org)
                        .param("customer", r.customerId())
                        .param("kind", r.kind().name())
                        .param("store", r.storeId())
                        .param("contract", r.contractId())
                        .param("wo", r.workOrderId())
                        .param("reference", r.reference())
                        .param("arose", r.aroseOn())
                        .param("due", r.dueOn())
                        .param("amount", r.amount())
                        .param("rep", r.repId())
                        .update()
                == 1;
    }

    /** Whether an invoice number is used already, by an invoice of a contract or of a work order. */
    public boolean invoiceNumberTaken(UUID org, String number) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM sales_invoice WHERE organization_id = :org AND number = :number)"
                                + " + (SELECT COUNT(*) FROM sales_receivable WHERE organization_id = :org AND"
                                + " invoice_number = :number)")
                        .param("org", org)
                        .param("number", number)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Records the invoice issued for a work order's receivable, once; false if it has one or is no such receivable. */
    public boolean invoiceWorkOrder(
            UUID org, UUID id, String number, @Nullable String eFapiao, LocalDate on, BigDecimal taxRate) {
        return jdbc.sql("UPDATE sales_receivable SET invoice_number = :number, e_fapiao = :fapiao, invoiced_on = :on,"
                                + " tax_rate = :rate WHERE organization_id = :org AND id = :id AND kind = 'WORK_ORDER'"
                                + " AND invoice_number IS NULL")
                        .param("org", org)
                        .param("id", id)
                        .param("number", number)
                        .param("fapiao", eFapiao)
                        .param("on", on)
                        .param("rate", taxRate)
                        .update()
                == 1;
    }

    /** What a customer owes now, in all. */
    public BigDecimal openOf(UUID org, UUID customer) {
        return jdbc.sql("SELECT COALESCE(SUM(amount - paid), 0) FROM sales_receivable WHERE organization_id = :org AND"
                        + " customer_id = :customer")
                .param("org", org)
                .param("customer", customer)
                .query(BigDecimal.class)
                .single();
    }

    public Optional<BigDecimal> creditLimit(UUID org, UUID customer) {
        return jdbc.sql("SELECT credit_limit FROM sales_credit_limit WHERE organization_id = :org AND customer_id ="
                        + " :customer")
                .param("org", org)
                .param("customer", customer)
                .query(BigDecimal.class)
                .optional();
    }

    /** Sets a customer's credit limit (null: none). */
    public void setCreditLimit(UUID org, UUID customer, @Nullable BigDecimal limit, UUID by, Instant at) {
        jdbc.sql("DELETE FROM sales_credit_limit WHERE organization_id = :org AND customer_id = :customer")
                .param("org", org)
                .param("customer", customer)
                .update();
        if (limit != null) {
            jdbc.sql(
                            "INSERT INTO sales_credit_limit (organization_id, customer_id, credit_limit, set_by, set_at) VALUES"
                                    + " (:org, :customer, :limit, :by, :at)")
                    .param("org", org)
                    .param("customer", customer)
                    .param("limit", limit)
                    .param("by", by)
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }

    public Optional<Receivable> find(UUID org, UUID id) {
        return jdbc.sql("SELECT * FROM sales_receivable WHERE organization_id = :org AND id = :id")
                .param("org", org)
                .param("id", id)
                .query(ReceivableStore::receivable)
                .optional();
    }

    public List<Receivable> findAll(UUID org, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM sales_receivable WHERE organization_id = :org AND id IN (:ids)")
                .param("org", org)
                .param("ids", ids)
                .query(ReceivableStore::receivable)
                .list();
    }

    /** Receivables the filter shows, oldest first, as of nothing: ageing is the caller's. */
    public List<Receivable> page(UUID org, Filter filter, long offset, int limit) {
        return jdbc.sql("SELECT * FROM sales_receivable WHERE " + where(filter)
                        + " ORDER BY arose_on, reference OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(params(org, filter))
                .param("offset", offset)
                .param("limit", limit)
                .query(ReceivableStore::receivable)
                .list();
    }

    public long count(UUID org, Filter filter) {
        return jdbc.sql("SELECT COUNT(*) FROM sales_receivable WHERE " + where(filter))
                .params(params(org, filter))
                .query(Long.class)
                .single();
    }

    /** Open amount and the day each open receivable arose, for the ageing of all the filter shows. */
    public List<Receivable> open(UUID org, Filter filter) {
        return jdbc.sql("SELECT * FROM sales_receivable WHERE " + where(filter) + " AND paid < amount")
                .params(params(org, filter))
                .query(ReceivableStore::receivable)
                .list();
    }

    private static String where(Filter filter) {
        StringBuilder where = new StringBuilder("organization_id = :org");
        if (filter.customer() != null) {
            where.append(" AND customer_id = :customer");
        }
        if (filter.contract() != null) {
            where.append(" AND contract_id = :contract");
        }
        if (filter.rep() != null) {
            where.append(" AND rep_id = :rep");
        }
        if (filter.openOnly()) {
            where.append(" AND paid < amount");
        }
        if (filter.stores() != null) {
            where.append(
                    filter.stores().isEmpty()
                            ? " AND store_id IS NULL"
                            : " AND (store_id IS NULL OR store_id IN (:stores))");
        }
        return where.toString();
    }

    private static Map<String, Object> params(UUID org, Filter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("org", org);
        if (filter.customer() != null) {
            params.put("customer", filter.customer());
        }
        if (filter.contract() != null) {
            params.put("contract", filter.contract());
        }
        if (filter.rep() != null) {
            params.put("rep", filter.rep());
        }
        if (filter.stores() != null && !filter.stores().isEmpty()) {
            params.put("stores", filter.stores());
        }
        return params;
    }

    /** Adds to what was paid of a receivable if it stays within its amount; false (nothing changed) if not. */
    public boolean pay(UUID org, UUID receivable, BigDecimal amount) {
        return jdbc.sql("UPDATE sales_receivable SET paid = paid + :a WHERE organization_id = :org AND id = :id AND"
                                + " paid + :a <= amount")
                        .param("org", org)
                        .param("id", receivable)
                        .param("a", amount)
                        .update()
                == 1;
    }

    public void insertPayment(UUID org, Payment payment, List<Allocation> allocations) {
        jdbc.sql("INSERT INTO sales_payment (id, organization_id, customer_id, received_on, amount, method, reference,"
                        + " recorded_by, recorded_at) VALUES (:id, :org, :customer, :on, :amount, :method, :reference,"
                        + " :by, :at)")
                .param("id", payment.id())
                .param("org", org)
                .param("customer", payment.customerId())
                .param("on", payment.receivedOn())
                .param("amount", payment.amount())
                .param("method", payment.method().name())
                .param("reference", payment.reference())
                .param("by", payment.recordedBy())
                .param("at", Timestamp.from(payment.recordedAt()))
                .update();
        for (Allocation allocation : allocations) {
            jdbc.sql("INSERT INTO sales_payment_allocation (payment_id, receivable_id, amount) VALUES (:payment,"
                            + " :receivable, :amount)")
                    .param("payment", payment.id())
                    .param("receivable", allocation.receivableId())
                    .param("amount", allocation.amount())
                    .update();
        }
    }

    /** The payments matched to each receivable, oldest first. */
    public Map<UUID, List<Map.Entry<Payment, BigDecimal>>> paymentsOf(Collection<UUID> receivables) {
        Map<UUID, List<Map.Entry<Payment, BigDecimal>>> result = new HashMap<>();
        if (receivables.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT p.*, a.receivable_id, a.amount AS allocated FROM sales_payment_allocation a JOIN sales_payment"
                        + " p ON p.id = a.payment_id WHERE a.receivable_id IN (:ids) ORDER BY p.received_on,"
                        + " p.recorded_at")
                .param("ids", receivables)
                .query((ResultSet rs) -> {
                    result.computeIfAbsent(rs.getObject("receivable_id", UUID.class), k -> new ArrayList<>())
                            .add(Map.entry(payment(rs), rs.getBigDecimal("allocated")));
                });
        return result;
    }

    /** Σ of the receivables of a customer that arose in [from, to] (from null: since the beginning). */
    public BigDecimal debits(UUID org, UUID customer, @Nullable LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM sales_receivable WHERE organization_id = :org AND"
                        + " customer_id = :customer AND arose_on <= :to"
                        + (from == null ? "" : " AND arose_on >= :from"))
                .params(range(org, customer, from, to))
                .query(BigDecimal.class)
                .single();
    }

    /** Σ of the payments of a customer received in [from, to] (from null: since the beginning). */
    public BigDecimal credits(UUID org, UUID customer, @Nullable LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM sales_payment WHERE organization_id = :org AND"
                        + " customer_id = :customer AND received_on <= :to"
                        + (from == null ? "" : " AND received_on >= :from"))
                .params(range(org, customer, from, to))
                .query(BigDecimal.class)
                .single();
    }

    private static Map<String, Object> range(UUID org, UUID customer, @Nullable LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>(Map.of("org", org, "customer", customer, "to", to));
        if (from != null) {
            params.put("from", from);
        }
        return params;
    }

    /** The receivables of a customer that arose in [from, to], in order. */
    public List<Receivable> arising(UUID org, UUID customer, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT * FROM sales_receivable WHERE organization_id = :org AND customer_id = :customer AND"
                        + " arose_on >= :from AND arose_on <= :to ORDER BY arose_on, reference")
                .params(range(org, customer, from, to))
                .query(ReceivableStore::receivable)
                .list();
    }

    /** The payments of a customer received in [from, to], in order. */
    public List<Payment> received(UUID org, UUID customer, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT * FROM sales_payment WHERE organization_id = :org AND customer_id = :customer AND"
                        + " received_on >= :from AND received_on <= :to ORDER BY received_on, recorded_at")
                .params(range(org, customer, from, to))
                .query((rs, n) -> payment(rs))
                .list();
    }

    /** Payments received per month ({@code yyyy-MM}) of [from, to]. */
    public Map<String, BigDecimal> collectedByMonth(UUID org, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> sums = new HashMap<>();
        jdbc.sql("SELECT received_on, amount FROM sales_payment WHERE organization_id = :org AND received_on >= :from"
                        + " AND received_on <= :to")
                .param("org", org)
                .param("from", from)
                .param("to", to)
                .query((ResultSet rs) -> {
                    sums.merge(
                            rs.getObject("received_on", LocalDate.class)
                                    .toString()
                                    .substring(0, 7),
                            rs.getBigDecimal("amount"),
                            BigDecimal::add);
                });
        return sums;
    }

    public void insertStatement(UUID org, Statement s) {
        jdbc.sql("INSERT INTO sales_statement (id, organization_id, customer_id, period_from, period_to, opening,"
                        + " debits, credits, closing, created_by, created_at, version) VALUES (:id, :org, :customer,"
                        + " :from, :to, :opening, :debits, :credits, :closing, :by, :at, 0)")
                .param("id", s.id())
                .param("org", org)
                .param("customer", s.customerId())
                .param("from", s.from())
                .param("to", s.to())
                .param("opening", s.opening())
                .param("debits", s.debits())
                .param("credits", s.credits())
                .param("closing", s.closing())
                .param("by", s.createdBy())
                .param("at", Timestamp.from(s.createdAt()))
                .update();
    }

    public Optional<Statement> statement(UUID org, UUID id) {
        return jdbc.sql("SELECT * FROM sales_statement WHERE organization_id = :org AND id = :id")
                .param("org", org)
                .param("id", id)
                .query(ReceivableStore::statement)
                .optional();
    }

    /** Statements of a customer (all when null), latest period first. */
    public List<Statement> statements(UUID org, @Nullable UUID customer, int limit) {
        return jdbc.sql("SELECT * FROM sales_statement WHERE organization_id = :org"
                        + (customer == null ? "" : " AND customer_id = :customer")
                        + " ORDER BY period_to DESC, created_at DESC FETCH FIRST :limit ROWS ONLY")
                .params(customer == null ? Map.of("org", org) : Map.of("org", org, "customer", customer))
                .param("limit", limit)
                .query(ReceivableStore::statement)
                .list();
    }

    /** Records the customer's confirmation at the version read, once; false if it changed or was confirmed. */
    public boolean confirm(UUID org, UUID id, long version, LocalDate on, String by, @Nullable String note) {
        return jdbc.sql("UPDATE sales_statement SET confirmed_on = :on, confirmed_by = :by, confirmation = :note,"
                                + " version = version + 1 WHERE organization_id = :org AND id = :id AND version ="
                                + " :version AND confirmed_on IS NULL")
                        .param("org", org)
                        .param("id", id)
                        .param("version", version)
                        .param("on", on)
                        .param("by", by)
                        .param("note", note)
                        .update()
                == 1;
    }

    private static Receivable receivable(ResultSet rs, int n) throws SQLException {
        return new Receivable(
                rs.getObject("id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                ReceivableKind.valueOf(rs.getString("kind")),
                rs.getObject("store_id", UUID.class),
                rs.getObject("contract_id", UUID.class),
                rs.getObject("work_order_id", UUID.class),
                rs.getString("reference"),
                rs.getObject("arose_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getBigDecimal("amount"),
                rs.getBigDecimal("paid"),
                rs.getObject("rep_id", UUID.class),
                rs.getString("invoice_number"),
                rs.getString("e_fapiao"),
                QuoteStore.day(rs.getDate("invoiced_on")),
                rs.getBigDecimal("tax_rate"));
    }

    private static Payment payment(ResultSet rs) throws SQLException {
        return new Payment(
                rs.getObject("id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getObject("received_on", LocalDate.class),
                rs.getBigDecimal("amount"),
                CollectionMethod.valueOf(rs.getString("method")),
                rs.getString("reference"),
                rs.getObject("recorded_by", UUID.class),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static Statement statement(ResultSet rs, int n) throws SQLException {
        return new Statement(
                rs.getObject("id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                rs.getBigDecimal("opening"),
                rs.getBigDecimal("debits"),
                rs.getBigDecimal("credits"),
                rs.getBigDecimal("closing"),
                rs.getObject("created_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                QuoteStore.day(rs.getDate("confirmed_on")),
                rs.getString("confirmed_by"),
                rs.getString("confirmation"),
                rs.getLong("version"));
    }
}
