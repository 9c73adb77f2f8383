package io.aftersales.sales.domain;

import io.aftersales.shared.SearchText;
import io.aftersales.shared.domain.Ids;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finished products and their stock per warehouse with its ledger. Stock changes are one conditional statement each
 * (as for parts, ADR 0006): a shipment takes units only where they are, so concurrent shipments of the last units
 * cannot both succeed. Every query names the organisation.
 */
@Component
public class ProductStore {

    private final JdbcClient jdbc;

    ProductStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Product(
            UUID id,
            String model,
            String name,
            @Nullable String specification,
            @Nullable String drawing,
            String unit,
            BigDecimal listPrice,
            boolean active,
            int onHand,
            int reserved,
            long version) {}

    public record Level(
            UUID productId,
            String model,
            String name,
            String warehouse,
            @Nullable String location,
            int onHand,
            int reserved) {}

    public record Move(
            UUID productId,
            String model,
            String warehouse,
            int quantity,
            String kind,
            @Nullable String note,
            Instant movedAt,
            UUID movedBy) {}

    private static final String PRODUCT = "SELECT p.*, (SELECT COALESCE(SUM(s.on_hand), 0) FROM sales_stock s"
            + " WHERE s.product_id = p.id) AS on_hand, (SELECT COALESCE(SUM(s.reserved), 0) FROM sales_stock s WHERE"
            + " s.product_id = p.id) AS reserved FROM sales_product p WHERE p.organization_id = :org";

    public boolean modelTaken(UUID org, String model, @Nullable UUID except) {
        return jdbc.sql("SELECT COUNT(*) FROM sales_product WHERE organization_id = :org AND LOWER(model) = :model"
                                + (except == null ? "" : " AND id <> :except"))
                        .param("org", org)
                        .param("model", model.toLowerCase(Locale.ROOT))
                        .params(except == null ? Map.of() : Map.of("except", except))
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(UUID org, Product product) {
        jdbc.sql("INSERT INTO sales_product (id, organization_id, model, name, specification, drawing, unit,"
                        + " list_price, active, version) VALUES (:id, :org, :model, :name, :spec, :drawing, :unit,"
                        + " :price, TRUE, 0)")
                .param("id", product.id())
                .param("org", org)
                .param("model", product.model())
                .param("name", product.name())
                .param("spec", product.specification())
                .param("drawing", product.drawing())
                .param("unit", product.unit())
                .param("price", product.listPrice())
                .update();
    }

    /** Changes what the catalogue says of a product, at the version read; false when someone changed it first. */
    public boolean update(UUID org, Product product) {
        return jdbc.sql("UPDATE sales_product SET model = :model, name = :name, specification = :spec, drawing ="
                                + " :drawing, unit = :unit, list_price = :price, active = :active, version = version"
                                + " + 1 WHERE organization_id = :org AND id = :id AND version = :version")
                        .param("id", product.id())
                        .param("org", org)
                        .param("model", product.model())
                        .param("name", product.name())
                        .param("spec", product.specification())
                        .param("drawing", product.drawing())
                        .param("unit", product.unit())
                        .param("price", product.listPrice())
                        .param("active", product.active())
                        .param("version", product.version())
                        .update()
                == 1;
    }

    public Optional<Product> find(UUID org, UUID id) {
        return jdbc.sql(PRODUCT + " AND p.id = :id")
                .param("org", org)
                .param("id", id)
                .query(ProductStore::product)
                .optional();
    }

    public List<Product> findAll(UUID org, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PRODUCT + " AND p.id IN (:ids)")
                .param("org", org)
                .param("ids", ids)
                .query(ProductStore::product)
                .list();
    }

    /** Products whose model or name holds the text (all when blank), active first, by model. */
    public List<Product> search(UUID org, @Nullable String text, boolean activeOnly, long offset, int limit) {
        return jdbc.sql(PRODUCT + where(text, activeOnly)
                        + " ORDER BY p.active DESC, p.model OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("org", org)
                .param("like", like(text))
                .param("offset", offset)
                .param("limit", limit)
                .query(ProductStore::product)
                .list();
    }

    public long count(UUID org, @Nullable String text, boolean activeOnly) {
        return jdbc.sql("SELECT COUNT(*) FROM sales_product p WHERE p.organization_id = :org" + where(text, activeOnly))
                .param("org", org)
                .param("like", like(text))
                .query(Long.class)
                .single();
    }

    private static String where(@Nullable String text, boolean activeOnly) {
        return (text == null || text.isBlank() ? "" : " AND (LOWER(p.model) LIKE :like OR LOWER(p.name) LIKE :like)")
                + (activeOnly ? " AND p.active = TRUE" : "");
    }

    private static String like(@Nullable String text) {
        return Objects.requireNonNullElse(SearchText.containing(text), "%");
    }

    /** Adds received units to a warehouse (the row is made on the first receipt; a location given replaces it). */
    public void receive(UUID org, UUID product, String warehouse, @Nullable String location, int quantity) {
        jdbc.sql("INSERT INTO sales_stock (organization_id, product_id, warehouse, location, on_hand, reserved)"
                        + " VALUES (:org, :product, :warehouse, :location, 0, 0) ON CONFLICT DO NOTHING")
                .param("org", org)
                .param("product", product)
                .param("warehouse", warehouse)
                .param("location", location)
                .update();
        jdbc.sql("UPDATE sales_stock SET on_hand = on_hand + :q, location = COALESCE(:location, location) WHERE"
                        + " organization_id = :org AND product_id = :product AND warehouse = :warehouse")
                .param("org", org)
                .param("product", product)
                .param("warehouse", warehouse)
                .param("location", location)
                .param("q", quantity)
                .update();
    }

    /**
     * Takes units out of a warehouse, {@code fromReserved} of them held for the shipment's contract line and the rest
     * from what nobody holds; false (and nothing changed) if they are not there.
     */
    public boolean issue(UUID org, UUID product, String warehouse, int quantity, int fromReserved) {
        return jdbc.sql("UPDATE sales_stock SET on_hand = on_hand - :q, reserved = reserved - :r WHERE organization_id"
                                + " = :org AND product_id = :product AND warehouse = :warehouse AND reserved >= :r AND"
                                + " on_hand - :q >= reserved - :r")
                        .param("org", org)
                        .param("product", product)
                        .param("warehouse", warehouse)
                        .param("q", quantity)
                        .param("r", fromReserved)
                        .update()
                == 1;
    }

    /** Holds units of a warehouse that nobody holds yet (a negative quantity lets them go); false if not possible. */
    public boolean reserve(UUID org, UUID product, String warehouse, int quantity) {
        return jdbc.sql("UPDATE sales_stock SET reserved = reserved + :q WHERE organization_id = :org AND product_id ="
                                + " :product AND warehouse = :warehouse AND reserved + :q >= 0 AND on_hand - reserved"
                                + " >= :q")
                        .param("org", org)
                        .param("product", product)
                        .param("warehouse", warehouse)
                        .param("q", quantity)
                        .update()
                == 1;
    }

    /** What nobody holds of a product in a warehouse. */
    public int free(UUID org, UUID product, String warehouse) {
        return jdbc.sql("SELECT on_hand - reserved FROM sales_stock WHERE organization_id = :org AND product_id ="
                        + " :product AND warehouse = :warehouse")
                .param("org", org)
                .param("product", product)
                .param("warehouse", warehouse)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    public void move(
            UUID org,
            UUID product,
            String warehouse,
            int quantity,
            String kind,
            @Nullable UUID shipment,
            @Nullable String note,
            Instant at,
            UUID by) {
        jdbc.sql("INSERT INTO sales_stock_movement (id, organization_id, product_id, warehouse, quantity, kind,"
                        + " shipment_id, note, moved_at, moved_by) VALUES (:id, :org, :product, :warehouse, :q, :kind,"
                        + " :shipment, :note, :at, :by)")
                .param("id", Ids.newId())
                .param("org", org)
                .param("product", product)
                .param("warehouse", warehouse)
                .param("q", quantity)
                .param("kind", kind)
                .param("shipment", shipment)
                .param("note", note)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    /** Every warehouse's stock of every product (of one product when given), by model and warehouse. */
    public List<Level> levels(UUID org, @Nullable UUID product) {
        return jdbc.sql("SELECT s.product_id, p.model, p.name, s.warehouse, s.location, s.on_hand, s.reserved FROM"
                        + " sales_stock s"
                        + " JOIN sales_product p ON p.id = s.product_id WHERE s.organization_id = :org"
                        + (product == null ? "" : " AND s.product_id = :product")
                        + " ORDER BY p.model, s.warehouse")
                .param("org", org)
                .params(product == null ? Map.of() : Map.of("product", product))
                .query((rs, n) -> new Level(
                        rs.getObject("product_id", UUID.class),
                        rs.getString("model"),
                        rs.getString("name"),
                        rs.getString("warehouse"),
                        rs.getString("location"),
                        rs.getInt("on_hand"),
                        rs.getInt("reserved")))
                .list();
    }

    /** The latest movements (of one product when given), newest first. */
    public List<Move> moves(UUID org, @Nullable UUID product, int limit) {
        return jdbc.sql("SELECT m.*, p.model FROM sales_stock_movement m JOIN sales_product p ON p.id = m.product_id"
                        + " WHERE m.organization_id = :org" + (product == null ? "" : " AND m.product_id = :product")
                        + " ORDER BY m.moved_at DESC, m.id FETCH FIRST :limit ROWS ONLY")
                .param("org", org)
                .param("limit", limit)
                .params(product == null ? Map.of() : Map.of("product", product))
                .query((rs, n) -> new Move(
                        rs.getObject("product_id", UUID.class),
                        rs.getString("model"),
                        rs.getString("warehouse"),
                        rs.getInt("quantity"),
                        rs.getString("kind"),
                        rs.getString("note"),
                        rs.getTimestamp("moved_at").toInstant(),
                        rs.getObject("moved_by", UUID.class)))
                .list();
    }

    /** Σ of the ledger of a product in a warehouse: always what is on hand there. */
    public long ledgerSum(UUID org, UUID product, String warehouse) {
        return jdbc.sql("SELECT COALESCE(SUM(quantity), 0) FROM sales_stock_movement WHERE organization_id = :org AND"
                        + " product_id = :product AND warehouse = :warehouse")
                .param("org", org)
                .param("product", product)
                .param("warehouse", warehouse)
                .query(Long.class)
                .single();
    }

    private static Product product(ResultSet rs, int n) throws SQLException {
        return new Product(
                rs.getObject("id", UUID.class),
                rs.getString("model"),
                rs.getString("name"),
                rs.getString("specification"),
                rs.getString("drawing"),
                rs.getString("unit"),
                rs.getBigDecimal("list_price"),
                rs.getBoolean("active"),
                rs.getInt("on_hand"),
                rs.getInt("reserved"),
                rs.getLong("version"));
    }
}
