package io.aftersales.sales.domain;

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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Contracts with their lines, shipments, invoices and planned invoices. The running figures of a line (shipped,
 * invoiced, collected) change only by one conditional statement each whose WHERE holds the rule, so that concurrent
 * changes can never take a line past what was contracted. Every query names the organisation, or starts from a
 * contract found by it.
 */
@Component
public class ContractStore {

    private final JdbcClient jdbc;

    ContractStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Contract(
            UUID id,
            String number,
            UUID customerId,
            UUID repId,
            @Nullable UUID quoteId,
            LocalDate signedOn,
            @Nullable LocalDate deliveryDue,
            BigDecimal total,
            BigDecimal advancePct,
            BigDecimal deliveryPct,
            BigDecimal acceptancePct,
            BigDecimal retentionPct,
            int paymentDays,
            @Nullable String requiredDocuments,
            Instant createdAt) {}

    public record Line(
            UUID id,
            UUID contractId,
            int lineNo,
            UUID productId,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal amount,
            @Nullable LocalDate dueOn,
            int shipped,
            int reserved,
            BigDecimal invoiced,
            BigDecimal collected) {}

    /** Units of a warehouse held for a contract line. */
    public record Reservation(UUID contractLineId, String warehouse, int quantity) {}

    public record Shipment(
            UUID id,
            String number,
            UUID contractId,
            String warehouse,
            LocalDate shippedOn,
            @Nullable String carrier,
            @Nullable String trackingNumber,
            UUID shippedBy) {}

    public record ShipmentLine(UUID shipmentId, UUID contractLineId, int quantity) {}

    public record Invoice(
            UUID id,
            String number,
            @Nullable String eFapiao,
            UUID contractId,
            LocalDate issuedOn,
            BigDecimal amount,
            BigDecimal taxRate,
            BigDecimal tax,
            UUID receivableId,
            UUID issuedBy) {}

    public record InvoiceLine(
            UUID invoiceId, int lineNo, UUID contractLineId, BigDecimal amount, BigDecimal collected) {}

    public record Plan(
            UUID id,
            UUID contractId,
            LocalDate plannedOn,
            BigDecimal amount,
            @Nullable String note,
            @Nullable UUID invoiceId) {}

    /** Which contracts a list shows: of a customer, of a rep, whose number holds the text, only those not done. */
    public record Filter(
            @Nullable UUID customer,
            @Nullable UUID rep,
            @Nullable String text,
            boolean openOnly) {}

    /** The numbers of all the organisation's contracts. */
    public List<String> numbers(UUID org) {
        return jdbc.sql("SELECT number FROM sales_contract WHERE organization_id = :org")
                .param("org", org)
                .query(String.class)
                .list();
    }

    public boolean numberTaken(UUID org, String number) {
        return jdbc.sql("SELECT COUNT(*) FROM sales_contract WHERE organization_id = :org AND number = :number")
                        .param("org", org)
                        .param("number", number)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(UUID org, Contract contract, List<Line> lines) {
        jdbc.sql("INSERT INTO sales_contract (id, organization_id, number, customer_id, rep_id, quote_id, signed_on,"
                        + " delivery_due, total, advance_pct, delivery_pct, acceptance_pct, retention_pct,"
                        + " payment_days, required_documents, created_at) VALUES (:id, :org, :number, :customer, :rep,"
                        + " :quote, :signedOn, :due, :total, :advance, :delivery, :acceptance, :retention, :days,"
                        + " :docs, :at)")
                .param("id", contract.id())
                .param("org", org)
                .param("number", contract.number())
                .param("customer", contract.customerId())
                .param("rep", contract.repId())
                .param("quote", contract.quoteId())
                .param("signedOn", contract.signedOn())
                .param("due", contract.deliveryDue())
                .param("total", contract.total())
                .param("advance", contract.advancePct())
                .param("delivery", contract.deliveryPct())
                .param("acceptance", contract.acceptancePct())
                .param("retention", contract.retentionPct())
                .param("days", contract.paymentDays())
                .param("docs", contract.requiredDocuments())
                .param("at", Timestamp.from(contract.createdAt()))
                .update();
        for (Line line : lines) {
            jdbc.sql("INSERT INTO sales_contract_line (id, contract_id, line_no, product_id, quantity, unit_price,"
                            + " amount, due_on, shipped, reserved, invoiced, collected) VALUES (:id, :contract, :no,"
                            + " :product, :q, :price, :amount, :due, 0, 0, 0, 0)")
                    .param("id", line.id())
                    .param("contract", contract.id())
                    .param("no", line.lineNo())
                    .param("product", line.productId())
                    .param("q", line.quantity())
                    .param("price", line.unitPrice())
                    .param("amount", line.amount())
                    .param("due", line.dueOn())
                    .update();
        }
    }

    public Optional<Contract> find(UUID org, UUID id) {
        return jdbc.sql("SELECT * FROM sales_contract WHERE organization_id = :org AND id = :id")
                .param("org", org)
                .param("id", id)
                .query(ContractStore::contract)
                .optional();
    }

    public List<Contract> page(UUID org, Filter filter, long offset, int limit) {
        return jdbc.sql("SELECT c.* FROM sales_contract c WHERE " + where(filter)
                        + " ORDER BY c.signed_on DESC, c.number DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(params(org, filter))
                .param("offset", offset)
                .param("limit", limit)
                .query(ContractStore::contract)
                .list();
    }

    public long count(UUID org, Filter filter) {
        return jdbc.sql("SELECT COUNT(*) FROM sales_contract c WHERE " + where(filter))
                .params(params(org, filter))
                .query(Long.class)
                .single();
    }

    private static final String NOT_DONE = " AND EXISTS (SELECT 1 FROM sales_contract_line l WHERE l.contract_id ="
            + " c.id AND (l.shipped < l.quantity OR l.invoiced < l.amount OR l.collected < l.invoiced))";

    private static String where(Filter filter) {
        StringBuilder where = new StringBuilder("c.organization_id = :org");
        if (filter.customer() != null) {
            where.append(" AND c.customer_id = :customer");
        }
        if (filter.rep() != null) {
            where.append(" AND c.rep_id = :rep");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND LOWER(c.number) LIKE :like");
        }
        if (filter.openOnly()) {
            where.append(NOT_DONE);
        }
        return where.toString();
    }

    private static Map<String, Object> params(UUID org, Filter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("org", org);
        if (filter.customer() != null) {
            params.put("customer", filter.customer());
        }
        if (filter.rep() != null) {
            params.put("rep", filter.rep());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            params.put("like", "%" + filter.text().trim().toLowerCase(Locale.ROOT) + "%");
        }
        return params;
    }

    /**
     * Contract lines of the contracts the filter shows (the text also matches a product model), one row each, by
     * contract (latest signed first) and line.
     */
    public List<Line> fulfilment(UUID org, Filter filter, long offset, int limit) {
        return jdbc.sql("SELECT l.* FROM sales_contract_line l JOIN sales_contract c ON c.id = l.contract_id WHERE "
                        + lineWhere(filter)
                        + " ORDER BY c.signed_on DESC, c.number DESC, l.line_no OFFSET :offset ROWS FETCH NEXT :limit"
                        + " ROWS ONLY")
                .params(params(org, filter))
                .param("offset", offset)
                .param("limit", limit)
                .query(ContractStore::line)
                .list();
    }

    public long countFulfilment(UUID org, Filter filter) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM sales_contract_line l JOIN sales_contract c ON c.id = l.contract_id WHERE "
                                + lineWhere(filter))
                .params(params(org, filter))
                .query(Long.class)
                .single();
    }

    private static String lineWhere(Filter filter) {
        StringBuilder where = new StringBuilder("c.organization_id = :org");
        if (filter.customer() != null) {
            where.append(" AND c.customer_id = :customer");
        }
        if (filter.rep() != null) {
            where.append(" AND c.rep_id = :rep");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND (LOWER(c.number) LIKE :like OR l.product_id IN (SELECT p.id FROM sales_product p WHERE"
                    + " p.organization_id = :org AND LOWER(p.model) LIKE :like))");
        }
        if (filter.openOnly()) {
            where.append(" AND (l.shipped < l.quantity OR l.invoiced < l.amount OR l.collected < l.invoiced)");
        }
        return where.toString();
    }

    /** Contracts of these IDs in the organisation. */
    public List<Contract> findAll(UUID org, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM sales_contract WHERE organization_id = :org AND id IN (:ids)")
                .param("org", org)
                .param("ids", ids)
                .query(ContractStore::contract)
                .list();
    }

    /** The lines of each contract, in order. */
    public Map<UUID, List<Line>> lines(Collection<UUID> contracts) {
        Map<UUID, List<Line>> lines = new HashMap<>();
        if (contracts.isEmpty()) {
            return lines;
        }
        jdbc.sql("SELECT * FROM sales_contract_line WHERE contract_id IN (:ids) ORDER BY contract_id, line_no")
                .param("ids", contracts)
                .query(ContractStore::line)
                .list()
                .forEach(line -> lines.computeIfAbsent(line.contractId(), k -> new ArrayList<>())
                        .add(line));
        return lines;
    }

    /**
     * Adds to what was shipped of a line, {@code fromReserved} of it out of what was held for it, if shipped and held
     * stay within what was contracted; false (nothing changed) if not.
     */
    public boolean ship(UUID line, int quantity, int fromReserved) {
        return jdbc.sql("UPDATE sales_contract_line SET shipped = shipped + :q, reserved = reserved - :r WHERE id = :id"
                                + " AND reserved >= :r AND shipped + :q + reserved - :r <= quantity")
                        .param("id", line)
                        .param("q", quantity)
                        .param("r", fromReserved)
                        .update()
                == 1;
    }

    /**
     * Holds units of a warehouse for a line (a negative quantity lets them go), if the line's shipped and held stay
     * within what was contracted and the hold of the line in that warehouse stays at or above nothing; false if not
     * (the caller's transaction then rolls back what this changed).
     */
    public boolean reserve(UUID line, String warehouse, int quantity) {
        boolean held = jdbc.sql("UPDATE sales_contract_line SET reserved = reserved + :q WHERE id = :id AND reserved"
                                + " + :q >= 0 AND shipped + reserved + :q <= quantity")
                        .param("id", line)
                        .param("q", quantity)
                        .update()
                == 1;
        return held && hold(line, warehouse, quantity);
    }

    /** Changes only what a line holds in a warehouse (a shipment takes it); false if it would go below nothing. */
    public boolean hold(UUID line, String warehouse, int quantity) {
        jdbc.sql("INSERT INTO sales_reservation (contract_line_id, warehouse, quantity) VALUES (:line, :warehouse, 0)"
                        + " ON CONFLICT DO NOTHING")
                .param("line", line)
                .param("warehouse", warehouse)
                .update();
        return jdbc.sql("UPDATE sales_reservation SET quantity = quantity + :q WHERE contract_line_id = :line AND"
                                + " warehouse = :warehouse AND quantity + :q >= 0")
                        .param("line", line)
                        .param("warehouse", warehouse)
                        .param("q", quantity)
                        .update()
                == 1;
    }

    /** What is held for each of these lines, per warehouse (nothing held: no entry). */
    public List<Reservation> reservations(Collection<UUID> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM sales_reservation WHERE contract_line_id IN (:ids) AND quantity > 0 ORDER BY"
                        + " warehouse")
                .param("ids", lines)
                .query((rs, n) -> new Reservation(
                        rs.getObject("contract_line_id", UUID.class), rs.getString("warehouse"), rs.getInt("quantity")))
                .list();
    }

    /** Adds to what was invoiced of a line if it stays within its amount; false (nothing changed) if not. */
    public boolean invoice(UUID line, BigDecimal amount) {
        return jdbc.sql("UPDATE sales_contract_line SET invoiced = invoiced + :a WHERE id = :id AND invoiced + :a <="
                                + " amount")
                        .param("id", line)
                        .param("a", amount)
                        .update()
                == 1;
    }

    /** Adds collected money to an invoice's line and to its contract line, within what was invoiced. */
    public boolean collect(UUID invoice, int lineNo, UUID contractLine, BigDecimal amount) {
        return jdbc.sql("UPDATE sales_invoice_line SET collected = collected + :a WHERE invoice_id = :invoice AND"
                                        + " line_no = :no AND collected + :a <= amount")
                                .param("invoice", invoice)
                                .param("no", lineNo)
                                .param("a", amount)
                                .update()
                        == 1
                && jdbc.sql("UPDATE sales_contract_line SET collected = collected + :a WHERE id = :id AND collected"
                                        + " + :a <= invoiced")
                                .param("id", contractLine)
                                .param("a", amount)
                                .update()
                        == 1;
    }

    public void insertShipment(UUID org, Shipment shipment, List<ShipmentLine> lines) {
        jdbc.sql("INSERT INTO sales_shipment (id, organization_id, number, contract_id, warehouse, shipped_on, carrier,"
                        + " tracking_number, shipped_by) VALUES (:id, :org, :number, :contract, :warehouse, :on,"
                        + " :carrier, :tracking, :by)")
                .param("id", shipment.id())
                .param("org", org)
                .param("number", shipment.number())
                .param("contract", shipment.contractId())
                .param("warehouse", shipment.warehouse())
                .param("on", shipment.shippedOn())
                .param("carrier", shipment.carrier())
                .param("tracking", shipment.trackingNumber())
                .param("by", shipment.shippedBy())
                .update();
        for (ShipmentLine line : lines) {
            jdbc.sql("INSERT INTO sales_shipment_line (shipment_id, contract_line_id, quantity) VALUES (:shipment,"
                            + " :line, :q)")
                    .param("shipment", shipment.id())
                    .param("line", line.contractLineId())
                    .param("q", line.quantity())
                    .update();
        }
    }

    public List<Shipment> shipments(UUID contract) {
        return jdbc.sql("SELECT * FROM sales_shipment WHERE contract_id = :contract ORDER BY shipped_on, number")
                .param("contract", contract)
                .query((rs, n) -> new Shipment(
                        rs.getObject("id", UUID.class),
                        rs.getString("number"),
                        rs.getObject("contract_id", UUID.class),
                        rs.getString("warehouse"),
                        rs.getObject("shipped_on", LocalDate.class),
                        rs.getString("carrier"),
                        rs.getString("tracking_number"),
                        rs.getObject("shipped_by", UUID.class)))
                .list();
    }

    public List<ShipmentLine> shipmentLines(Collection<UUID> shipments) {
        if (shipments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM sales_shipment_line WHERE shipment_id IN (:ids)")
                .param("ids", shipments)
                .query((rs, n) -> new ShipmentLine(
                        rs.getObject("shipment_id", UUID.class),
                        rs.getObject("contract_line_id", UUID.class),
                        rs.getInt("quantity")))
                .list();
    }

    public void insertInvoice(UUID org, Invoice invoice, List<InvoiceLine> lines) {
        jdbc.sql("INSERT INTO sales_invoice (id, organization_id, number, e_fapiao, contract_id, issued_on, amount,"
                        + " tax_rate, tax, receivable_id, issued_by) VALUES (:id, :org, :number, :fapiao, :contract,"
                        + " :on, :amount, :rate, :tax, :receivable, :by)")
                .param("id", invoice.id())
                .param("org", org)
                .param("number", invoice.number())
                .param("fapiao", invoice.eFapiao())
                .param("contract", invoice.contractId())
                .param("on", invoice.issuedOn())
                .param("amount", invoice.amount())
                .param("rate", invoice.taxRate())
                .param("tax", invoice.tax())
                .param("receivable", invoice.receivableId())
                .param("by", invoice.issuedBy())
                .update();
        for (InvoiceLine line : lines) {
            jdbc.sql("INSERT INTO sales_invoice_line (invoice_id, line_no, contract_line_id, amount, collected) VALUES"
                            + " (:invoice, :no, :line, :amount, 0)")
                    .param("invoice", invoice.id())
                    .param("no", line.lineNo())
                    .param("line", line.contractLineId())
                    .param("amount", line.amount())
                    .update();
        }
    }

    public List<Invoice> invoices(UUID contract) {
        return jdbc.sql("SELECT * FROM sales_invoice WHERE contract_id = :contract ORDER BY issued_on, number")
                .param("contract", contract)
                .query(ContractStore::invoice)
                .list();
    }

    /** The invoice a receivable was raised for, if it was one. */
    public Optional<Invoice> invoiceOf(UUID org, UUID receivable) {
        return jdbc.sql("SELECT * FROM sales_invoice WHERE organization_id = :org AND receivable_id = :receivable")
                .param("org", org)
                .param("receivable", receivable)
                .query(ContractStore::invoice)
                .optional();
    }

    public List<InvoiceLine> invoiceLines(UUID invoice) {
        return jdbc.sql("SELECT * FROM sales_invoice_line WHERE invoice_id = :invoice ORDER BY line_no")
                .param("invoice", invoice)
                .query((rs, n) -> new InvoiceLine(
                        rs.getObject("invoice_id", UUID.class),
                        rs.getInt("line_no"),
                        rs.getObject("contract_line_id", UUID.class),
                        rs.getBigDecimal("amount"),
                        rs.getBigDecimal("collected")))
                .list();
    }

    /** What was collected on each of these invoices (the sum over its lines), in one query. */
    public Map<UUID, BigDecimal> collectedByInvoice(Collection<UUID> invoices) {
        Map<UUID, BigDecimal> collected = new HashMap<>();
        if (invoices.isEmpty()) {
            return collected;
        }
        jdbc.sql("SELECT invoice_id, SUM(collected) AS collected FROM sales_invoice_line WHERE invoice_id IN (:ids)"
                        + " GROUP BY invoice_id")
                .param("ids", invoices)
                .query((ResultSet rs) -> {
                    collected.put(rs.getObject("invoice_id", UUID.class), rs.getBigDecimal("collected"));
                });
        return collected;
    }

    public void insertPlan(Plan plan) {
        jdbc.sql("INSERT INTO sales_invoice_plan (id, contract_id, planned_on, amount, note) VALUES (:id, :contract,"
                        + " :on, :amount, :note)")
                .param("id", plan.id())
                .param("contract", plan.contractId())
                .param("on", plan.plannedOn())
                .param("amount", plan.amount())
                .param("note", plan.note())
                .update();
    }

    /** Marks a planned invoice of the contract issued by this invoice, if it was not yet; false if not. */
    public boolean issuePlan(UUID contract, UUID plan, UUID invoice) {
        return jdbc.sql("UPDATE sales_invoice_plan SET invoice_id = :invoice WHERE id = :plan AND contract_id ="
                                + " :contract AND invoice_id IS NULL")
                        .param("invoice", invoice)
                        .param("plan", plan)
                        .param("contract", contract)
                        .update()
                == 1;
    }

    public List<Plan> plans(UUID contract) {
        return jdbc.sql("SELECT * FROM sales_invoice_plan WHERE contract_id = :contract ORDER BY planned_on, id")
                .param("contract", contract)
                .query((rs, n) -> new Plan(
                        rs.getObject("id", UUID.class),
                        rs.getObject("contract_id", UUID.class),
                        rs.getObject("planned_on", LocalDate.class),
                        rs.getBigDecimal("amount"),
                        rs.getString("note"),
                        rs.getObject("invoice_id", UUID.class)))
                .list();
    }

    /**
     * The sum of one figure per month ({@code yyyy-MM}) of [from, to]: contracts signed, goods shipped (at contract
     * prices) or invoices issued.
     */
    public Map<String, BigDecimal> sumsByMonth(UUID org, String figure, LocalDate from, LocalDate to) {
        String sql = switch (figure) {
            case "signed" ->
                "SELECT signed_on AS d, total AS a FROM sales_contract WHERE organization_id = :org AND"
                        + " signed_on >= :from AND signed_on <= :to";
            case "shipped" ->
                "SELECT s.shipped_on AS d, sl.quantity * l.unit_price AS a FROM sales_shipment s JOIN"
                        + " sales_shipment_line sl ON sl.shipment_id = s.id JOIN sales_contract_line l ON l.id ="
                        + " sl.contract_line_id WHERE s.organization_id = :org AND s.shipped_on >= :from AND"
                        + " s.shipped_on <= :to";
            default ->
                "SELECT issued_on AS d, amount AS a FROM sales_invoice WHERE organization_id = :org AND"
                        + " issued_on >= :from AND issued_on <= :to";
        };
        Map<String, BigDecimal> sums = new HashMap<>();
        jdbc.sql(sql).param("org", org).param("from", from).param("to", to).query((ResultSet rs) -> {
            String month = rs.getObject("d", LocalDate.class).toString().substring(0, 7);
            sums.merge(month, rs.getBigDecimal("a"), BigDecimal::add);
        });
        return sums;
    }

    private static Contract contract(ResultSet rs, int n) throws SQLException {
        return new Contract(
                rs.getObject("id", UUID.class),
                rs.getString("number"),
                rs.getObject("customer_id", UUID.class),
                rs.getObject("rep_id", UUID.class),
                rs.getObject("quote_id", UUID.class),
                rs.getObject("signed_on", LocalDate.class),
                QuoteStore.day(rs.getDate("delivery_due")),
                rs.getBigDecimal("total"),
                rs.getBigDecimal("advance_pct"),
                rs.getBigDecimal("delivery_pct"),
                rs.getBigDecimal("acceptance_pct"),
                rs.getBigDecimal("retention_pct"),
                rs.getInt("payment_days"),
                rs.getString("required_documents"),
                rs.getTimestamp("created_at").toInstant());
    }

    static Line line(ResultSet rs, int n) throws SQLException {
        return new Line(
                rs.getObject("id", UUID.class),
                rs.getObject("contract_id", UUID.class),
                rs.getInt("line_no"),
                rs.getObject("product_id", UUID.class),
                rs.getInt("quantity"),
                rs.getBigDecimal("unit_price"),
                rs.getBigDecimal("amount"),
                QuoteStore.day(rs.getDate("due_on")),
                rs.getInt("shipped"),
                rs.getInt("reserved"),
                rs.getBigDecimal("invoiced"),
                rs.getBigDecimal("collected"));
    }

    private static Invoice invoice(ResultSet rs, int n) throws SQLException {
        return new Invoice(
                rs.getObject("id", UUID.class),
                rs.getString("number"),
                rs.getString("e_fapiao"),
                rs.getObject("contract_id", UUID.class),
                rs.getObject("issued_on", LocalDate.class),
                rs.getBigDecimal("amount"),
                rs.getBigDecimal("tax_rate"),
                rs.getBigDecimal("tax"),
                rs.getObject("receivable_id", UUID.class),
                rs.getObject("issued_by", UUID.class));
    }
}
