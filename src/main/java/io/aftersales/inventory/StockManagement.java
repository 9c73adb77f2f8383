package io.aftersales.inventory;

import io.aftersales.inventory.domain.PartRepository;
import io.aftersales.inventory.domain.StockLedger;
import io.aftersales.inventory.domain.StockLedger.Cause;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderLineId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock per store and its ledger: receipts, reservations, releases, issues, returns, adjustments and transfers. A
 * store must be one of the user's (else 404), a part one of the organisation's. Work orders reserve, release and
 * issue their part lines through the {@code …Line} and {@code …WorkOrder} methods.
 */
@Service
public class StockManagement {

    private final StockLedger ledger;
    private final PartRepository parts;
    private final OrganizationManagement organization;
    private final AuditTrail auditTrail;
    private final KnownWorkOrders workOrders;
    private final Clock clock;

    StockManagement(
            StockLedger ledger,
            PartRepository parts,
            OrganizationManagement organization,
            AuditTrail auditTrail,
            KnownWorkOrders workOrders,
            Clock clock) {
        this.workOrders = workOrders;
        this.ledger = ledger;
        this.parts = parts;
        this.organization = organization;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public StockView receive(
            StoreId storeId, PartId partId, BigDecimal quantity, BigDecimal unitCost, @Nullable String reason) {
        requirePositive("quantity", quantity);
        if (unitCost.signum() < 0) {
            throw new InvalidInputException("unitCost", "stock.negativeCost");
        }
        Cause cause = cause(null, reason);
        requireStoreAndPart(storeId, partId);
        ledger.receive(
                Identifier.valueOf(storeId), Identifier.valueOf(partId), quantity, unitCost, cause, clock.instant());
        auditTrail.record("RECEIVE", "Stock", partId, quantity + " @ " + unitCost);
        return stockOf(storeId, partId);
    }

    /** Holds stock, all or nothing: 409 {@code insufficient-stock} naming what is available otherwise. */
    @PreAuthorize(RoleGroups.STOCK_USERS)
    @Transactional
    public ReservationView reserve(
            StoreId storeId, PartId partId, BigDecimal quantity, @Nullable WorkOrderId workOrderId) {
        requirePositive("quantity", quantity);
        Cause cause = cause(workOrderId, null);
        requireStoreAndPart(storeId, partId);
        workOrders.require(workOrderId);
        Instant now = clock.instant();
        UUID id = ledger.reserve(Identifier.valueOf(storeId), Identifier.valueOf(partId), quantity, null, cause, now);
        return new ReservationView(
                new ReservationId(id), storeId, partId, quantity, ReservationStatus.ACTIVE, workOrderId, null, now);
    }

    @PreAuthorize(RoleGroups.STOCK_USERS)
    @Transactional
    public ReservationView release(ReservationId reservationId) {
        Cause cause = cause(null, null);
        ReservationView reservation = visibleReservation(reservationId);
        ledger.release(Identifier.valueOf(reservationId), cause, clock.instant());
        return ledger.reservation(cause.organizationId(), reservation.id().value())
                .orElseThrow();
    }

    /** Adds ({@code change} > 0) or takes out stock with a reason; never below what is reserved. */
    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public StockView adjust(StoreId storeId, PartId partId, BigDecimal change, MovementType type, String reason) {
        if (change.signum() == 0) {
            throw new InvalidInputException("change", "stock.zeroChange");
        }
        if (reason.isBlank()) {
            throw new InvalidInputException("reason", "stock.reasonRequired");
        }
        if (type != MovementType.ADJUSTMENT
                && type != MovementType.OLD_PART_RETURN
                && type != MovementType.RETURN
                && type != MovementType.STOCKTAKE) {
            throw new InvalidInputException("type", "stock.notAnAdjustment");
        }
        requireStoreAndPart(storeId, partId);
        ledger.change(
                Identifier.valueOf(storeId),
                Identifier.valueOf(partId),
                type,
                change,
                cause(null, reason.trim()),
                clock.instant());
        auditTrail.record(type.name(), "Stock", partId, change + " " + reason);
        return stockOf(storeId, partId);
    }

    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public List<StockView> transfer(
            StoreId fromStore, StoreId toStore, PartId partId, BigDecimal quantity, @Nullable String reason) {
        requirePositive("quantity", quantity);
        if (fromStore.equals(toStore)) {
            throw new InvalidInputException("toStoreId", "stock.sameStore");
        }
        requireStoreAndPart(fromStore, partId);
        requireStoreAndPart(toStore, partId);
        ledger.transfer(
                fromStore.value(),
                toStore.value(),
                Identifier.valueOf(partId),
                quantity,
                cause(null, reason),
                clock.instant());
        auditTrail.record("TRANSFER", "Stock", partId, fromStore + " -> " + toStore + ": " + quantity);
        return List.of(stockOf(fromStore, partId), stockOf(toStore, partId));
    }

    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public StockView configure(
            StoreId storeId,
            PartId partId,
            @Nullable String bin,
            @Nullable BigDecimal reorderPoint,
            @Nullable BigDecimal reorderQuantity) {
        requireStoreAndPart(storeId, partId);
        ledger.setBinAndReorder(
                org(),
                Identifier.valueOf(storeId),
                Identifier.valueOf(partId),
                bin == null || bin.isBlank() ? null : bin.trim(),
                reorderPoint,
                reorderQuantity);
        auditTrail.record("CONFIGURE", "Stock", partId, bin);
        return stockOf(storeId, partId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PagedResult<StockView> stock(
            @Nullable StoreId storeId,
            @Nullable PartId partId,
            boolean lowOnly,
            @Nullable Integer page,
            @Nullable Integer size) {
        PageRequest request = Paging.request(page, size, Paging.DEFAULT_SIZE);
        int p = request.getPageNumber();
        int s = request.getPageSize();
        List<StockView> rows = visible(
                ledger.stock(org(), Identifier.valueOf(storeId), Identifier.valueOf(partId), lowOnly, s + 1, (int)
                        request.getOffset()));
        return new PagedResult<>(rows.subList(0, Math.min(s, rows.size())), p, s, (long) p * s + rows.size());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PagedResult<MovementView> movements(
            @Nullable StoreId storeId, @Nullable PartId partId, @Nullable Integer page, @Nullable Integer size) {
        if (storeId != null) {
            requireStore(storeId);
        }
        PageRequest request = Paging.request(page, size, 50);
        int p = request.getPageNumber();
        int s = request.getPageSize();
        SignedInUser user = CurrentUser.require();
        List<MovementView> rows = ledger
                .movements(org(), Identifier.valueOf(storeId), Identifier.valueOf(partId), s + 1, (int)
                        request.getOffset())
                .stream()
                .filter(m -> user.canSeeStore(m.storeId()))
                .toList();
        return new PagedResult<>(rows.subList(0, Math.min(s, rows.size())), p, s, (long) p * s + rows.size());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public BigDecimal ledgerSum(StoreId storeId, PartId partId) {
        requireStore(storeId);
        return ledger.ledgerSum(org(), Identifier.valueOf(storeId), Identifier.valueOf(partId));
    }

    // Work orders.

    /** A part line on an estimate: reserved at the work order's store, or back-ordered when stock is short. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ReservationView reserveLine(
            StoreId storeId, PartId partId, BigDecimal quantity, WorkOrderId workOrderId, WorkOrderLineId lineId) {
        requirePositive("quantity", quantity);
        Cause cause = cause(workOrderId, null);
        requireStoreAndPart(storeId, partId);
        UUID store = storeId.value();
        UUID part = partId.value();
        UUID id = ledger.tryReserve(store, part, quantity, lineId.value(), cause, clock.instant());
        if (id == null) {
            id = ledger.backOrder(store, part, quantity, lineId.value(), cause, clock.instant());
        }
        return ledger.reservation(cause.organizationId(), id).orElseThrow();
    }

    /** Releases what the given lines of a work order hold (declined or removed lines). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void releaseLines(WorkOrderId workOrderId, List<WorkOrderLineId> lineIds) {
        Cause cause = cause(workOrderId, null);
        for (ReservationView r : ledger.reservationsOf(cause.organizationId(), Identifier.valueOf(workOrderId))) {
            if (r.lineId() != null && lineIds.contains(r.lineId())) {
                ledger.release(r.id().value(), cause, clock.instant());
            }
        }
    }

    /** Releases everything a cancelled work order holds. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void releaseWorkOrder(WorkOrderId workOrderId) {
        Cause cause = cause(workOrderId, null);
        for (ReservationView r : ledger.reservationsOf(cause.organizationId(), Identifier.valueOf(workOrderId))) {
            ledger.release(r.id().value(), cause, clock.instant());
        }
    }

    /** Issues the parts of a completed work order; a back-order still short of stock refuses (409). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void issueWorkOrder(WorkOrderId workOrderId) {
        Cause cause = cause(workOrderId, null);
        for (ReservationView r : ledger.reservationsOf(cause.organizationId(), Identifier.valueOf(workOrderId))) {
            ledger.issue(r.id().value(), cause, clock.instant());
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReservationView> reservationsOf(WorkOrderId workOrderId) {
        return ledger.reservationsOf(org(), Identifier.valueOf(workOrderId));
    }

    /** The ledger row that issued the new part to each part line of a work order, by line. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<WorkOrderLineId, MovementView> issuesOf(WorkOrderId workOrderId) {
        return ledger.issuesOf(org(), workOrderId.value());
    }

    private StockView stockOf(StoreId storeId, PartId partId) {
        return ledger.stock(org(), Identifier.valueOf(storeId), Identifier.valueOf(partId), false, 1, 0)
                .get(0);
    }

    private List<StockView> visible(List<StockView> rows) {
        SignedInUser user = CurrentUser.require();
        return rows.stream().filter(r -> user.canSeeStore(r.storeId())).toList();
    }

    private ReservationView visibleReservation(ReservationId id) {
        Optional<ReservationView> reservation = ledger.reservation(org(), id.value());
        if (reservation.isEmpty()
                || !CurrentUser.require().canSeeStore(reservation.get().storeId())) {
            throw new NotFoundException("reservation", id);
        }
        return reservation.get();
    }

    private void requireStoreAndPart(StoreId storeId, PartId partId) {
        requireStore(storeId);
        String key = org() + "/part/" + partId;
        if (!known.contains(key)) {
            if (!parts.existsById(Identifier.valueOf(partId))) {
                throw new NotFoundException("part", partId);
            }
            remember(key);
        }
    }

    /** The store must be one the user works at (or HQ/admin) in their organisation; otherwise it does not exist. */
    private void requireStore(StoreId storeId) {
        if (!CurrentUser.require().canSeeStore(storeId)) {
            throw new NotFoundException("store", storeId);
        }
        String key = org() + "/store/" + storeId;
        if (!known.contains(key)) {
            organization.visibleStore(storeId);
            remember(key);
        }
    }

    /**
     * Stores and parts that were found in an organisation. Neither is ever deleted nor moved to another
     * organisation, so a positive answer stays true (on every instance); it saves two queries per reservation
     * (docs/performance.md). Bounded by starting over.
     */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    private void remember(String key) {
        if (known.size() > 100_000) {
            known.clear();
        }
        known.add(key);
    }

    private static void requirePositive(String field, BigDecimal quantity) {
        if (quantity.signum() <= 0) {
            throw new InvalidInputException(field, "stock.quantityPositive");
        }
    }

    private static Cause cause(@Nullable WorkOrderId workOrderId, @Nullable String reason) {
        SignedInUser user = CurrentUser.require();
        return new Cause(user.organizationId().value(), user.userId().value(), Identifier.valueOf(workOrderId), reason);
    }

    private static UUID org() {
        return CurrentUser.require().organizationId().value();
    }
}
