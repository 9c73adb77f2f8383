package io.aftersales.inventory;

import io.aftersales.inventory.domain.Part;
import io.aftersales.inventory.domain.PartRepository;
import io.aftersales.inventory.domain.StockLedger;
import io.aftersales.inventory.domain.Stocktake;
import io.aftersales.inventory.domain.StocktakeRepository;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stocktakes (盘点): a count sheet per store or location; approved variances are posted as STOCKTAKE movements. */
@Service
public class Stocktakes {

    private static final Set<String> SORTS = Set.of("createdAt");

    private final StocktakeRepository stocktakes;
    private final PartRepository parts;
    private final StockLedger ledger;
    private final OrganizationManagement organization;
    private final AuditTrail auditTrail;
    private final Clock clock;

    Stocktakes(
            StocktakeRepository stocktakes,
            PartRepository parts,
            StockLedger ledger,
            OrganizationManagement organization,
            AuditTrail auditTrail,
            Clock clock) {
        this.stocktakes = stocktakes;
        this.parts = parts;
        this.ledger = ledger;
        this.organization = organization;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** A count sheet of every part stocked in the store, or in the bins starting with {@code location}. */
    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public StocktakeView open(StoreId storeId, @Nullable String location) {
        SignedInUser user = CurrentUser.require();
        organization.visibleStore(storeId);
        String prefix =
                location == null || location.isBlank() ? null : location.trim().toUpperCase(Locale.ROOT);
        List<Stocktake.Line> sheet =
                ledger
                        .stock(user.organizationId().value(), Identifier.valueOf(storeId), null, false, 10_000, 0)
                        .stream()
                        .filter(s -> prefix == null
                                || (s.bin() != null
                                        && s.bin().toUpperCase(Locale.ROOT).startsWith(prefix)))
                        .map(s -> new Stocktake.Line(Identifier.valueOf(s.partId()), s.bin(), s.onHand()))
                        .toList();
        Stocktake stocktake = stocktakes.saveNew(new Stocktake(
                user.organizationId().value(), Identifier.valueOf(storeId), prefix, sheet, clock.instant()));
        auditTrail.record("OPEN", "Stocktake", stocktake.id(), prefix);
        return toView(stocktake);
    }

    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public StocktakeView count(StocktakeId id, long version, Map<PartId, BigDecimal> counts) {
        Stocktake stocktake = find(id, version);
        stocktake.count(counts, CurrentUser.require().userId().value());
        stocktakes.flush();
        return toView(stocktake);
    }

    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public StocktakeView submit(StocktakeId id, long version) {
        Stocktake stocktake = find(id, version);
        stocktake.submit();
        stocktakes.flush();
        auditTrail.record("SUBMIT", "Stocktake", id, null);
        return toView(stocktake);
    }

    /** Approval posts each variance as a STOCKTAKE movement; one that would go below what is reserved refuses all. */
    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public StocktakeView approve(StocktakeId id, long version) {
        Stocktake stocktake = find(id, version);
        SignedInUser user = CurrentUser.require();
        StockLedger.Cause cause = new StockLedger.Cause(
                user.organizationId().value(), user.userId().value(), null, "盘点 " + id);
        for (Stocktake.Line line : stocktake.approve(user.userId().value(), clock.instant())) {
            BigDecimal variance = line.counted().subtract(line.expected());
            ledger.change(stocktake.storeId(), line.partId(), MovementType.STOCKTAKE, variance, cause, clock.instant());
        }
        stocktakes.flush();
        auditTrail.record("APPROVE", "Stocktake", id, null);
        return toView(stocktake);
    }

    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public StocktakeView reject(StocktakeId id, long version) {
        Stocktake stocktake = find(id, version);
        stocktake.reject(CurrentUser.require().userId().value(), clock.instant());
        stocktakes.flush();
        auditTrail.record("REJECT", "Stocktake", id, null);
        return toView(stocktake);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StocktakeView get(StocktakeId id) {
        return toView(stocktakes.findById(id.value()).orElseThrow(() -> new NotFoundException("stocktake", id)));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PagedResult<StocktakeView> search(
            @Nullable StoreId storeId, @Nullable Integer page, @Nullable Integer size) {
        Page<Stocktake> found = stocktakes.search(
                Identifier.valueOf(storeId),
                Paging.request(page, size, null, SORTS, Sort.by(Sort.Direction.DESC, "createdAt")));
        Map<PartId, PartView> partsOfPage = partsOf(found.getContent());
        return PagedResult.of(found, s -> toView(s, partsOfPage));
    }

    private Stocktake find(StocktakeId id, long version) {
        Stocktake stocktake = stocktakes.findById(id.value()).orElseThrow(() -> new NotFoundException("stocktake", id));
        StaleVersionException.check(version, stocktake.version());
        return stocktake;
    }

    private StocktakeView toView(Stocktake s) {
        return toView(s, partsOf(List.of(s)));
    }

    /** The parts on the given sheets, in one query. */
    private Map<PartId, PartView> partsOf(List<Stocktake> sheets) {
        List<UUID> ids = sheets.stream()
                .flatMap(s -> s.lines().stream())
                .map(Stocktake.Line::partId)
                .distinct()
                .toList();
        return ids.isEmpty()
                ? Map.of()
                : parts.findByIdIn(ids).stream()
                        .map(Part::toView)
                        .collect(Collectors.toMap(PartView::id, Function.identity()));
    }

    private StocktakeView toView(Stocktake s, Map<PartId, PartView> byId) {
        return new StocktakeView(
                new StocktakeId(s.id()),
                Identifier.of(s.storeId(), StoreId::new),
                s.location(),
                s.status(),
                s.lines().stream()
                        .map(l -> {
                            PartView part = byId.get(Identifier.of(l.partId(), PartId::new));
                            return new StocktakeView.Line(
                                    Identifier.of(l.partId(), PartId::new),
                                    part.number(),
                                    part.name(),
                                    l.bin(),
                                    l.expected(),
                                    l.counted());
                        })
                        .toList(),
                Identifier.of(s.countedBy(), UserId::new),
                Identifier.of(s.approvedBy(), UserId::new),
                s.createdAt(),
                s.version());
    }
}
