package io.aftersales.inventory.domain;

import io.aftersales.inventory.InsufficientStockException;
import io.aftersales.inventory.MovementId;
import io.aftersales.inventory.MovementType;
import io.aftersales.inventory.MovementView;
import io.aftersales.inventory.PurchaseOrderView;
import io.aftersales.inventory.ReservationId;
import io.aftersales.inventory.ReservationStatus;
import io.aftersales.inventory.ReservationView;
import io.aftersales.inventory.StockView;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderLineId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stock rows and the movements ledger, in SQL. Every change is one conditional UPDATE of the stock row (so it
 * either applies completely or not at all, whatever runs at the same time: the row lock orders concurrent changes
 * and the condition is checked against the latest row) followed by its ledger row, in the caller's transaction.
 * The database's check constraints (on hand ≥ 0, 0 ≤ reserved ≤ on hand) back this up. Every statement names the
 * organisation: plain SQL is not filtered by Hibernate's tenant.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class StockLedger {

    /** Who or what caused a movement, for the ledger row. */
    public record Cause(
            UUID organizationId,
            @Nullable UUID actorId,
            @Nullable UUID workOrderId,
            @Nullable String reason) {}

    private final JdbcClient jdbc;

    StockLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void receive(UUID store, UUID part, BigDecimal quantity, BigDecimal unitCost, Cause cause, Instant now) {
        addAtCost(cause.organizationId(), store, part, quantity, unitCost);
        record(store, part, MovementType.RECEIPT, quantity, BigDecimal.ZERO, unitCost, null, cause, now);
    }

    /** Holds {@code quantity} for a work order (or anyone); all or nothing. */
    public UUID reserve(UUID store, UUID part, BigDecimal quantity, @Nullable UUID lineId, Cause cause, Instant now) {
        UUID reservation = tryReserve(store, part, quantity, lineId, cause, now);
        if (reservation == null) {
            throw new InsufficientStockException(quantity, available(cause.organizationId(), store, part));
        }
        return reservation;
    }

    /**
     * Like {@link #reserve}, but answers {@code null} when too little is available instead of throwing, so that a
     * caller can do something else in the same transaction (an exception here would mark it for rollback).
     */
    public @Nullable UUID tryReserve(
            UUID store, UUID part, BigDecimal quantity, @Nullable UUID lineId, Cause cause, Instant now) {
        if (!hold(cause.organizationId(), store, part, quantity)) {
            return null;
        }
        UUID reservation = insertReservation(store, part, quantity, ReservationStatus.ACTIVE, lineId, cause, now);
        record(store, part, MovementType.RESERVE, BigDecimal.ZERO, quantity, null, reservation, cause, now);
        return reservation;
    }

    /** A reservation that waits for stock: it holds nothing yet and puts the part on the suggestion list. */
    public UUID backOrder(UUID store, UUID part, BigDecimal quantity, @Nullable UUID lineId, Cause cause, Instant now) {
        ensureRow(cause.organizationId(), store, part);
        return insertReservation(store, part, quantity, ReservationStatus.BACK_ORDERED, lineId, cause, now);
    }

    /** Gives a reservation's stock back; releasing one that is closed already changes nothing. */
    public boolean release(UUID reservation, Cause cause, Instant now) {
        Optional<ReservationView> open = reservation(cause.organizationId(), reservation);
        if (open.isEmpty()) {
            throw new NotFoundException("reservation", reservation);
        }
        ReservationView r = open.get();
        if (!close(reservation, r.status(), ReservationStatus.RELEASED, now)) {
            return false;
        }
        if (r.status() == ReservationStatus.ACTIVE) {
            jdbc.sql("""
                    UPDATE stock SET reserved = reserved - :q, version = version + 1
                    WHERE organization_id = :org AND store_id = :store AND part_id = :part""")
                    .param("q", r.quantity())
                    .param("org", cause.organizationId())
                    .param("store", Identifier.valueOf(r.storeId()))
                    .param("part", r.partId())
                    .update();
            record(
                    Identifier.valueOf(r.storeId()),
                    Identifier.valueOf(r.partId()),
                    MovementType.RELEASE,
                    BigDecimal.ZERO,
                    r.quantity().negate(),
                    null,
                    reservation,
                    cause,
                    now);
        }
        return true;
    }

    /**
     * Takes a reservation's parts out of stock (the work is done). A back-order is reserved first, so it is issued
     * only when the parts have arrived.
     */
    public void issue(UUID reservation, Cause cause, Instant now) {
        ReservationView r = reservation(cause.organizationId(), reservation)
                .orElseThrow(() -> new NotFoundException("reservation", reservation));
        if (r.status() == ReservationStatus.BACK_ORDERED) {
            if (!hold(
                    cause.organizationId(),
                    Identifier.valueOf(r.storeId()),
                    Identifier.valueOf(r.partId()),
                    r.quantity())) {
                throw new InsufficientStockException(
                        r.quantity(),
                        available(
                                cause.organizationId(),
                                Identifier.valueOf(r.storeId()),
                                Identifier.valueOf(r.partId())));
            }
            record(
                    Identifier.valueOf(r.storeId()),
                    Identifier.valueOf(r.partId()),
                    MovementType.RESERVE,
                    BigDecimal.ZERO,
                    r.quantity(),
                    null,
                    reservation,
                    cause,
                    now);
        } else if (r.status() != ReservationStatus.ACTIVE) {
            return;
        }
        close(reservation, r.status(), ReservationStatus.ISSUED, now);
        jdbc.sql("""
                UPDATE stock SET on_hand = on_hand - :q, reserved = reserved - :q, version = version + 1
                WHERE organization_id = :org AND store_id = :store AND part_id = :part""")
                .param("q", r.quantity())
                .param("org", cause.organizationId())
                .param("store", Identifier.valueOf(r.storeId()))
                .param("part", r.partId())
                .update();
        record(
                Identifier.valueOf(r.storeId()),
                Identifier.valueOf(r.partId()),
                MovementType.ISSUE,
                r.quantity().negate(),
                r.quantity().negate(),
                cost(cause.organizationId(), Identifier.valueOf(r.storeId()), Identifier.valueOf(r.partId())),
                reservation,
                cause,
                now);
    }

    /**
     * Changes on hand by {@code change} (negative takes out), never below what is reserved. Used for adjustments,
     * returns from work orders, old parts sent back to the maker and stocktake variances.
     */
    public void change(UUID store, UUID part, MovementType type, BigDecimal change, Cause cause, Instant now) {
        ensureRow(cause.organizationId(), store, part);
        int updated = jdbc.sql("""
                UPDATE stock SET on_hand = on_hand + :d, version = version + 1
                WHERE organization_id = :org AND store_id = :store AND part_id = :part AND on_hand + :d >= reserved""")
                .param("d", change)
                .param("org", cause.organizationId())
                .param("store", store)
                .param("part", part)
                .update();
        if (updated == 0) {
            throw new InsufficientStockException(change.negate(), available(cause.organizationId(), store, part));
        }
        record(store, part, type, change, BigDecimal.ZERO, cost(cause.organizationId(), store, part), null, cause, now);
    }

    /** Moves stock between two stores of the organisation: two ledger rows, at the sending store's cost. */
    public void transfer(UUID from, UUID to, UUID part, BigDecimal quantity, Cause cause, Instant now) {
        BigDecimal unitCost = cost(cause.organizationId(), from, part);
        change(from, part, MovementType.TRANSFER_OUT, quantity.negate(), cause, now);
        addAtCost(cause.organizationId(), to, part, quantity, Objects.requireNonNull(unitCost));
        record(to, part, MovementType.TRANSFER_IN, quantity, BigDecimal.ZERO, unitCost, null, cause, now);
    }

    public void setBinAndReorder(
            UUID organization,
            UUID store,
            UUID part,
            @Nullable String bin,
            @Nullable BigDecimal point,
            @Nullable BigDecimal quantity) {
        ensureRow(organization, store, part);
        jdbc.sql("""
                UPDATE stock SET bin = :bin, reorder_point = :point, reorder_quantity = :quantity, version = version + 1
                WHERE organization_id = :org AND store_id = :store AND part_id = :part""")
                .param("bin", bin)
                .param("point", point)
                .param("quantity", quantity)
                .param("org", organization)
                .param("store", store)
                .param("part", part)
                .update();
    }

    // Reading.

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<StockView> stock(
            UUID organization, @Nullable UUID store, @Nullable UUID part, boolean lowOnly, int limit, int offset) {
        return jdbc.sql("""
                SELECT s.store_id, s.part_id, p.number, p.name, p.genuine, s.on_hand, s.reserved, s.average_cost, s.bin,
                       s.reorder_point, s.reorder_quantity
                FROM stock s JOIN part p ON p.id = s.part_id
                WHERE s.organization_id = :org AND (CAST(:store AS UUID) IS NULL OR s.store_id = :store)
                  AND (CAST(:part AS UUID) IS NULL OR s.part_id = :part)
                  AND (:lowOnly = FALSE OR (s.reorder_point IS NOT NULL AND s.on_hand - s.reserved <= s.reorder_point))
                ORDER BY p.number, s.store_id
                LIMIT :limit OFFSET :offset""")
                .param("org", organization)
                .param("store", store)
                .param("part", part)
                .param("lowOnly", lowOnly)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> stockRow(rs))
                .list();
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<MovementView> movements(
            UUID organization, @Nullable UUID store, @Nullable UUID part, int limit, int offset) {
        return jdbc.sql("""
                SELECT id, store_id, part_id, type, on_hand_change, reserved_change, unit_cost, reservation_id,
                       work_order_id, reason, occurred_at
                FROM stock_movement
                WHERE organization_id = :org AND (CAST(:store AS UUID) IS NULL OR store_id = :store)
                  AND (CAST(:part AS UUID) IS NULL OR part_id = :part)
                ORDER BY occurred_at DESC, id DESC
                LIMIT :limit OFFSET :offset""")
                .param("org", organization)
                .param("store", store)
                .param("part", part)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> movementRow(rs))
                .list();
    }

    /** The ISSUE rows of a work order's part lines: the line each reservation held stock for, and the row. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<WorkOrderLineId, MovementView> issuesOf(UUID organization, UUID workOrder) {
        Map<WorkOrderLineId, MovementView> issues = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT r.line_id, m.id, m.store_id, m.part_id, m.type, m.on_hand_change, m.reserved_change,
                       m.unit_cost, m.reservation_id, m.work_order_id, m.reason, m.occurred_at
                FROM stock_movement m JOIN stock_reservation r ON r.id = m.reservation_id
                WHERE m.organization_id = :org AND m.work_order_id = :wo AND m.type = 'ISSUE'
                  AND r.line_id IS NOT NULL
                ORDER BY m.occurred_at""").param("org", organization).param("wo", workOrder).query(rs -> {
            issues.put(new WorkOrderLineId(rs.getObject("line_id", UUID.class)), movementRow(rs));
        });
        return issues;
    }

    private static MovementView movementRow(ResultSet rs) throws SQLException {
        return new MovementView(
                new MovementId(rs.getObject("id", UUID.class)),
                new StoreId(rs.getObject("store_id", UUID.class)),
                new PartId(rs.getObject("part_id", UUID.class)),
                MovementType.valueOf(rs.getString("type")),
                rs.getBigDecimal("on_hand_change"),
                rs.getBigDecimal("reserved_change"),
                rs.getBigDecimal("unit_cost"),
                Identifier.of(rs.getObject("reservation_id", UUID.class), ReservationId::new),
                Identifier.of(rs.getObject("work_order_id", UUID.class), WorkOrderId::new),
                rs.getString("reason"),
                rs.getTimestamp("occurred_at").toInstant());
    }

    /** A store's parts at or below their reorder point, or waited for by back-orders, with what they lack. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<PurchaseOrderView.Suggestion> suggestions(UUID organization, UUID store) {
        return positions(organization, store, null).stream()
                .map(p -> {
                    BigDecimal expected = p.available().add(p.onOrder());
                    BigDecimal shortfall = p.backOrdered().subtract(expected).max(BigDecimal.ZERO);
                    BigDecimal point = p.reorderPoint();
                    BigDecimal quantity = p.reorderQuantity();
                    BigDecimal reorder =
                            point != null && expected.subtract(p.backOrdered()).compareTo(point) <= 0
                                    ? (quantity != null ? quantity : point)
                                    : BigDecimal.ZERO;
                    return new PurchaseOrderView.Suggestion(
                            p.partId(),
                            p.partNumber(),
                            p.partName(),
                            p.available(),
                            point,
                            p.backOrdered(),
                            p.onOrder(),
                            shortfall.add(reorder),
                            p.unitCost());
                })
                .filter(s -> s.suggested().signum() > 0)
                .toList();
    }

    /**
     * Where the store stands on the given parts of the catalogue (none stocked yet: nothing available), or with null
     * on every part it stocks, by part number.
     */
    public List<PurchaseOrderView.Position> positions(UUID organization, UUID store, @Nullable Collection<UUID> parts) {
        if (parts != null && parts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT p.id, p.number, p.name, p.cost, COALESCE(s.on_hand - s.reserved, 0) AS available,
                       s.reorder_point, s.reorder_quantity,
                       COALESCE((SELECT SUM(r.quantity) FROM stock_reservation r WHERE r.store_id = :store
                                 AND r.part_id = p.id AND r.status = 'BACK_ORDERED'), 0) AS back_ordered,
                       COALESCE((SELECT SUM(l.quantity - l.received) FROM purchase_order_line l
                                 JOIN purchase_order o ON o.id = l.purchase_order_id
                                 WHERE o.store_id = :store AND l.part_id = p.id
                                 AND o.status IN ('DRAFT', 'SENT', 'PARTLY_RECEIVED')), 0) AS on_order
                FROM part p LEFT JOIN stock s ON s.part_id = p.id AND s.store_id = :store
                WHERE p.organization_id = :org AND\s""" + (parts == null ? "s.part_id IS NOT NULL" : "p.id IN (:parts)") + " ORDER BY p.number")
                .param("org", organization)
                .param("store", store)
                .params(parts == null ? Map.of() : Map.of("parts", parts))
                .query((rs, n) -> new PurchaseOrderView.Position(
                        new PartId(rs.getObject("id", UUID.class)),
                        rs.getString("number"),
                        rs.getString("name"),
                        rs.getBigDecimal("available"),
                        rs.getBigDecimal("on_order"),
                        rs.getBigDecimal("back_ordered"),
                        rs.getBigDecimal("reorder_point"),
                        rs.getBigDecimal("reorder_quantity"),
                        rs.getBigDecimal("cost")))
                .list();
    }

    /** The sum of the ledger's on-hand changes for a part in a store: always equal to on hand. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public BigDecimal ledgerSum(UUID organization, UUID store, UUID part) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(on_hand_change), 0) FROM stock_movement
                WHERE organization_id = :org AND store_id = :store AND part_id = :part""")
                .param("org", organization)
                .param("store", store)
                .param("part", part)
                .query(BigDecimal.class)
                .single();
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<ReservationView> reservation(UUID organization, UUID id) {
        return jdbc.sql("""
                SELECT id, store_id, part_id, quantity, status, work_order_id, line_id, created_at
                FROM stock_reservation WHERE organization_id = :org AND id = :id""")
                .param("org", organization)
                .param("id", id)
                .query((rs, n) -> reservationRow(rs))
                .optional();
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<ReservationView> reservationsOf(UUID organization, UUID workOrder) {
        return jdbc.sql("""
                SELECT id, store_id, part_id, quantity, status, work_order_id, line_id, created_at
                FROM stock_reservation WHERE organization_id = :org AND work_order_id = :wo ORDER BY created_at""")
                .param("org", organization)
                .param("wo", workOrder)
                .query((rs, n) -> reservationRow(rs))
                .list();
    }

    private BigDecimal available(UUID organization, UUID store, UUID part) {
        return jdbc.sql("""
                SELECT on_hand - reserved FROM stock
                WHERE organization_id = :org AND store_id = :store AND part_id = :part""")
                .param("org", organization)
                .param("store", store)
                .param("part", part)
                .query(BigDecimal.class)
                .optional()
                .orElse(BigDecimal.ZERO);
    }

    private @Nullable BigDecimal cost(UUID organization, UUID store, UUID part) {
        return jdbc.sql("""
                SELECT average_cost FROM stock WHERE organization_id = :org AND store_id = :store AND part_id = :part""")
                .param("org", organization)
                .param("store", store)
                .param("part", part)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
    }

    /** Reserves {@code quantity} if that much is available; the condition and the change are one statement. */
    private boolean hold(UUID organization, UUID store, UUID part, BigDecimal quantity) {
        return jdbc.sql("""
                        UPDATE stock SET reserved = reserved + :q, version = version + 1
                        WHERE organization_id = :org AND store_id = :store AND part_id = :part
                          AND on_hand - reserved >= :q""")
                        .param("q", quantity)
                        .param("org", organization)
                        .param("store", store)
                        .param("part", part)
                        .update()
                == 1;
    }

    /** Adds to on hand at a unit cost, moving the average cost (receipts, transfers in). */
    private void addAtCost(UUID organization, UUID store, UUID part, BigDecimal quantity, BigDecimal unitCost) {
        ensureRow(organization, store, part);
        jdbc.sql("""
                UPDATE stock SET average_cost = CASE WHEN on_hand + :q = 0 THEN :cost
                        ELSE (on_hand * average_cost + :q * :cost) / (on_hand + :q) END,
                    on_hand = on_hand + :q, version = version + 1
                WHERE organization_id = :org AND store_id = :store AND part_id = :part""")
                .param("q", quantity)
                .param("cost", unitCost)
                .param("org", organization)
                .param("store", store)
                .param("part", part)
                .update();
    }

    private void ensureRow(UUID organization, UUID store, UUID part) {
        jdbc.sql("""
                INSERT INTO stock (organization_id, store_id, part_id, on_hand, reserved, average_cost, version)
                VALUES (:org, :store, :part, 0, 0, 0, 0) ON CONFLICT DO NOTHING""")
                .param("org", organization)
                .param("store", store)
                .param("part", part)
                .update();
    }

    private boolean close(UUID reservation, ReservationStatus from, ReservationStatus to, Instant now) {
        return jdbc.sql("""
                UPDATE stock_reservation SET status = :to, closed_at = :now WHERE id = :id AND status = :from""")
                        .param("to", to.name())
                        .param("now", Timestamp.from(now))
                        .param("id", reservation)
                        .param("from", from.name())
                        .update()
                == 1;
    }

    private UUID insertReservation(
            UUID store,
            UUID part,
            BigDecimal quantity,
            ReservationStatus status,
            @Nullable UUID lineId,
            Cause cause,
            Instant now) {
        UUID id = Ids.newId();
        jdbc.sql("""
                INSERT INTO stock_reservation (id, organization_id, store_id, part_id, quantity, status, work_order_id,
                    line_id, created_at)
                VALUES (:id, :org, :store, :part, :q, :status, :wo, :line, :now)""")
                .param("id", id)
                .param("org", cause.organizationId())
                .param("store", store)
                .param("part", part)
                .param("q", quantity)
                .param("status", status.name())
                .param("wo", cause.workOrderId())
                .param("line", lineId)
                .param("now", Timestamp.from(now))
                .update();
        return id;
    }

    private void record(
            UUID store,
            UUID part,
            MovementType type,
            BigDecimal onHandChange,
            BigDecimal reservedChange,
            @Nullable BigDecimal unitCost,
            @Nullable UUID reservation,
            Cause cause,
            Instant now) {
        jdbc.sql("""
                INSERT INTO stock_movement (id, organization_id, store_id, part_id, type, on_hand_change, reserved_change,
                    unit_cost, reservation_id, work_order_id, reason, occurred_at, actor_id)
                VALUES (:id, :org, :store, :part, :type, :onHand, :reserved, :cost, :reservation, :wo, :reason, :now, :actor)""")
                .param("id", Ids.newId())
                .param("org", cause.organizationId())
                .param("store", store)
                .param("part", part)
                .param("type", type.name())
                .param("onHand", onHandChange)
                .param("reserved", reservedChange)
                .param("cost", unitCost)
                .param("reservation", reservation)
                .param("wo", cause.workOrderId())
                .param("reason", cause.reason())
                .param("now", Timestamp.from(now))
                .param("actor", cause.actorId())
                .update();
    }

    private static StockView stockRow(ResultSet rs) throws SQLException {
        BigDecimal onHand = rs.getBigDecimal("on_hand");
        BigDecimal reserved = rs.getBigDecimal("reserved");
        BigDecimal cost = rs.getBigDecimal("average_cost");
        BigDecimal point = rs.getBigDecimal("reorder_point");
        BigDecimal available = onHand.subtract(reserved);
        return new StockView(
                new StoreId(rs.getObject("store_id", UUID.class)),
                new PartId(rs.getObject("part_id", UUID.class)),
                rs.getString("number"),
                rs.getString("name"),
                rs.getBoolean("genuine"),
                onHand,
                reserved,
                available,
                cost.setScale(2, RoundingMode.HALF_UP),
                onHand.multiply(cost).setScale(2, RoundingMode.HALF_UP),
                rs.getString("bin"),
                point,
                rs.getBigDecimal("reorder_quantity"),
                point != null && available.compareTo(point) <= 0);
    }

    private static ReservationView reservationRow(ResultSet rs) throws SQLException {
        return new ReservationView(
                new ReservationId(rs.getObject("id", UUID.class)),
                new StoreId(rs.getObject("store_id", UUID.class)),
                new PartId(rs.getObject("part_id", UUID.class)),
                rs.getBigDecimal("quantity"),
                ReservationStatus.valueOf(rs.getString("status")),
                Identifier.of(rs.getObject("work_order_id", UUID.class), WorkOrderId::new),
                Identifier.of(rs.getObject("line_id", UUID.class), WorkOrderLineId::new),
                rs.getTimestamp("created_at").toInstant());
    }
}
