package io.aftersales.sales;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.sales.domain.ProductStore;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.DuplicateException;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.SignedInUser;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of finished products (成品, not the service parts of {@code inventory}) and their stock per warehouse
 * and location: receipts from production add to it, shipments take from it; it is never negative and its ledger adds
 * up to what is on hand.
 */
@Service
public class Products {

    private final ProductStore store;
    private final OrganizationManagement organization;
    private final AuditTrail auditTrail;
    private final Clock clock;

    Products(ProductStore store, OrganizationManagement organization, AuditTrail auditTrail, Clock clock) {
        this.store = store;
        this.organization = organization;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @PreAuthorize(SalesRoles.DESK)
    @Transactional
    public ProductView create(NewProduct request) {
        UUID org = org();
        String model = request.model().trim();
        if (store.modelTaken(org, model, null)) {
            throw new DuplicateException("model", "product.modelTaken", model);
        }
        UUID id = Ids.newId();
        store.insert(org, row(id, request, true, 0));
        auditTrail.record("CREATE", "Product", id, model);
        return get(new ProductId(id));
    }

    /** Changes a product at the version read; {@code active} false takes it off new quotes and contracts. */
    @PreAuthorize(SalesRoles.DESK)
    @Transactional
    public ProductView update(ProductId id, NewProduct request, boolean active, long version) {
        UUID org = org();
        ProductStore.Product now = found(org, id);
        StaleVersionException.check(version, now.version());
        String model = request.model().trim();
        if (store.modelTaken(org, model, id.value())) {
            throw new DuplicateException("model", "product.modelTaken", model);
        }
        if (!store.update(org, row(id.value(), request, active, version))) {
            throw new StaleVersionException(version, version + 1);
        }
        auditTrail.record("UPDATE", "Product", id, model + (active ? "" : " (inactive)"));
        return get(id);
    }

    private static ProductStore.Product row(UUID id, NewProduct request, boolean active, long version) {
        return new ProductStore.Product(
                id,
                request.model().trim(),
                request.name().trim(),
                trim(request.specification()),
                trim(request.drawing()),
                request.unit().trim(),
                request.listPrice().setScale(2),
                active,
                0,
                0,
                version);
    }

    @PreAuthorize(SalesRoles.READERS)
    @Transactional(readOnly = true)
    public ProductView get(ProductId id) {
        return view(found(org(), id));
    }

    @PreAuthorize(SalesRoles.READERS)
    @Transactional(readOnly = true)
    public PagedResult<ProductView> search(@Nullable String text, boolean activeOnly, Pageable page) {
        UUID org = org();
        return new PagedResult<>(
                store.search(org, text, activeOnly, page.getOffset(), page.getPageSize()).stream()
                        .map(Products::view)
                        .toList(),
                page.getPageNumber(),
                page.getPageSize(),
                store.count(org, text, activeOnly));
    }

    /** The products of these IDs that exist in the caller's organisation, by ID. */
    @PreAuthorize(SalesRoles.READERS)
    @Transactional(readOnly = true)
    public Map<ProductId, ProductView> getAll(Collection<ProductId> ids) {
        return store
                .findAll(org(), ids.stream().map(ProductId::value).distinct().toList())
                .stream()
                .map(Products::view)
                .collect(Collectors.toMap(ProductView::id, p -> p));
    }

    @PreAuthorize(SalesRoles.DESK)
    @Transactional
    public List<StockLevel> receive(StockReceipt receipt) {
        SignedInUser me = CurrentUser.require();
        UUID org = me.organizationId().value();
        ProductStore.Product product = found(org, receipt.productId());
        String warehouse = receipt.warehouse().trim();
        store.receive(org, product.id(), warehouse, trim(receipt.location()), receipt.quantity());
        store.move(
                org,
                product.id(),
                warehouse,
                receipt.quantity(),
                "RECEIPT",
                null,
                trim(receipt.note()),
                clock.instant(),
                me.userId().value());
        auditTrail.record("RECEIVE", "Product", product.id(), warehouse + " +" + receipt.quantity());
        return levels(receipt.productId());
    }

    /** Stock per product and warehouse (of one product when given). */
    @PreAuthorize(SalesRoles.READERS)
    @Transactional(readOnly = true)
    public List<StockLevel> levels(@Nullable ProductId productId) {
        return store.levels(org(), productId == null ? null : productId.value()).stream()
                .map(l -> new StockLevel(
                        new ProductId(l.productId()),
                        l.model(),
                        l.name(),
                        l.warehouse(),
                        l.location(),
                        l.onHand(),
                        l.reserved()))
                .toList();
    }

    /** The latest movements of the ledger, newest first. */
    @PreAuthorize(SalesRoles.READERS)
    @Transactional(readOnly = true)
    public List<StockMove> moves(@Nullable ProductId productId, int limit) {
        List<ProductStore.Move> moves = store.moves(org(), productId == null ? null : productId.value(), limit);
        Map<UserId, String> names = organization.namesOf(
                moves.stream().map(m -> new UserId(m.movedBy())).distinct().toList());
        return moves.stream()
                .map(m -> new StockMove(
                        new ProductId(m.productId()),
                        m.model(),
                        m.warehouse(),
                        m.quantity(),
                        m.kind(),
                        m.note(),
                        m.movedAt(),
                        names.getOrDefault(new UserId(m.movedBy()), "")))
                .toList();
    }

    private ProductStore.Product found(UUID org, ProductId id) {
        return store.find(org, id.value()).orElseThrow(() -> new NotFoundException("product", id));
    }

    private static ProductView view(ProductStore.Product p) {
        return new ProductView(
                new ProductId(p.id()),
                p.model(),
                p.name(),
                p.specification(),
                p.drawing(),
                p.unit(),
                p.listPrice(),
                p.active(),
                p.onHand(),
                p.reserved(),
                p.version());
    }

    private static UUID org() {
        return CurrentUser.require().organizationId().value();
    }

    static @Nullable String trim(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
