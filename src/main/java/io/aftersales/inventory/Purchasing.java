package io.aftersales.inventory;

import io.aftersales.inventory.domain.PartRepository;
import io.aftersales.inventory.domain.PurchaseOrder;
import io.aftersales.inventory.domain.PurchaseOrderRepository;
import io.aftersales.inventory.domain.StockLedger;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.DailyCounters;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Buying parts: the suggestion list, purchase orders to suppliers, and receiving them into stock. */
@Service
public class Purchasing {

    private static final Set<String> SORTS = Set.of("createdAt", "number");

    private final PurchaseOrderRepository orders;
    private final PartRepository parts;
    private final StockLedger ledger;
    private final OrganizationManagement organization;
    private final AuditTrail auditTrail;
    private final DailyCounters counters;
    private final Clock clock;

    Purchasing(
            PurchaseOrderRepository orders,
            PartRepository parts,
            StockLedger ledger,
            OrganizationManagement organization,
            AuditTrail auditTrail,
            DailyCounters counters,
            Clock clock) {
        this.counters = counters;
        this.orders = orders;
        this.parts = parts;
        this.ledger = ledger;
        this.organization = organization;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** What a store should order: parts at or below their reorder point, and parts that back-orders wait for. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PurchaseOrderView.Suggestion> suggestions(StoreId storeId) {
        organization.visibleStore(storeId);
        return ledger.suggestions(CurrentUser.require().organizationId().value(), Identifier.valueOf(storeId));
    }

    /** Where a store stands on the given parts: available, on order, back-ordered, catalogue cost. */
    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional(readOnly = true)
    public List<PurchaseOrderView.Position> positions(StoreId storeId, Collection<PartId> partIds) {
        organization.visibleStore(storeId);
        return ledger.positions(
                CurrentUser.require().organizationId().value(),
                Identifier.valueOf(storeId),
                partIds.stream().map(PartId::value).toList());
    }

    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public PurchaseOrderView create(
            StoreId storeId, String supplier, @Nullable String note, List<PurchaseOrderView.NewLine> lines) {
        organization.visibleStore(storeId);
        if (supplier.isBlank()) {
            throw new InvalidInputException("supplier", "purchase.supplierRequired");
        }
        for (PurchaseOrderView.NewLine line : lines) {
            if (!parts.existsById(Identifier.valueOf(line.partId()))) {
                throw new InvalidInputException("lines", "part.unknown");
            }
        }
        SignedInUser user = CurrentUser.require();
        LocalDate today = LocalDate.now(clock.withZone(organization.zoneOf(storeId)));
        String number = "PO-%s-%03d"
                .formatted(
                        DateTimeFormatter.BASIC_ISO_DATE.format(today),
                        counters.next(
                                "purchase_order_counter",
                                "organization_id",
                                user.organizationId().value(),
                                today));
        PurchaseOrder order = orders.saveNew(new PurchaseOrder(
                user.organizationId().value(),
                Identifier.valueOf(storeId),
                number,
                supplier,
                note,
                lines,
                clock.instant()));
        auditTrail.record("CREATE", "PurchaseOrder", order.toView().id(), number);
        return order.toView();
    }

    /** A draft with every suggested part of the store, at catalogue cost. */
    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public PurchaseOrderView createFromSuggestions(StoreId storeId, String supplier) {
        List<PurchaseOrderView.NewLine> lines = suggestions(storeId).stream()
                .map(s -> new PurchaseOrderView.NewLine(s.partId(), s.suggested(), s.unitCost()))
                .toList();
        if (lines.isEmpty()) {
            throw new InvalidInputException("lines", "purchase.nothingSuggested");
        }
        return create(storeId, supplier, null, lines);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PurchaseOrderView get(PurchaseOrderId id) {
        return find(id).toView();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PagedResult<PurchaseOrderView> search(
            @Nullable StoreId storeId,
            @Nullable PurchaseOrderStatus status,
            @Nullable Integer page,
            @Nullable Integer size) {
        return PagedResult.of(
                orders.search(
                        Identifier.valueOf(storeId),
                        status,
                        Paging.request(page, size, null, SORTS, Sort.by(Sort.Direction.DESC, "createdAt"))),
                PurchaseOrder::toView);
    }

    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public PurchaseOrderView send(PurchaseOrderId id, long version) {
        PurchaseOrder order = find(id);
        StaleVersionException.check(version, order.version());
        order.send(clock.instant());
        orders.flush();
        auditTrail.record("SEND", "PurchaseOrder", id, order.number());
        return order.toView();
    }

    /** A delivery: each part's quantity goes into stock at the order's cost, one ledger receipt each. */
    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public PurchaseOrderView receive(PurchaseOrderId id, long version, Map<PartId, BigDecimal> delivered) {
        PurchaseOrder order = find(id);
        StaleVersionException.check(version, order.version());
        SignedInUser user = CurrentUser.require();
        StockLedger.Cause cause = new StockLedger.Cause(
                user.organizationId().value(), user.userId().value(), null, order.number());
        for (PurchaseOrderView.NewLine receipt : order.receive(delivered)) {
            ledger.receive(
                    order.storeId(),
                    Identifier.valueOf(receipt.partId()),
                    receipt.quantity(),
                    receipt.unitCost(),
                    cause,
                    clock.instant());
        }
        orders.flush();
        auditTrail.record("RECEIVE", "PurchaseOrder", id, order.number());
        return order.toView();
    }

    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public PurchaseOrderView cancel(PurchaseOrderId id, long version) {
        PurchaseOrder order = find(id);
        StaleVersionException.check(version, order.version());
        order.cancel();
        orders.flush();
        auditTrail.record("CANCEL", "PurchaseOrder", id, order.number());
        return order.toView();
    }

    private PurchaseOrder find(PurchaseOrderId id) {
        return orders.findById(id.value()).orElseThrow(() -> new NotFoundException("purchaseOrder", id));
    }
}
