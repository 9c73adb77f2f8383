package io.aftersales.warranty;

import io.aftersales.inventory.MovementId;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.warranty.domain.OldPart;
import io.aftersales.warranty.domain.OldPartRepository;
import io.aftersales.warranty.domain.WarrantyClaimRepository;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderLineId;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The old-part store (旧件库): parts taken off under warranty, tagged by their claim, put in bins, shipped back to the
 * maker in shipments (回运单) or scrapped at its word. Several parts move together, all or nothing, each at the version
 * the clerk read. Parts clerks and managers move them; the warranty desk reads.
 */
@Service
public class OldParts {

    /** One old part at the version read. */
    public record Selected(@NotNull OldPartId id, @NotNull Long version) {}

    private final OldPartRepository oldParts;
    private final WarrantyClaimRepository claims;
    private final AuditTrail auditTrail;
    private final Clock clock;

    OldParts(OldPartRepository oldParts, WarrantyClaimRepository claims, AuditTrail auditTrail, Clock clock) {
        this.oldParts = oldParts;
        this.claims = claims;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @PreAuthorize(RoleGroups.WARRANTY_DESK)
    @Transactional(readOnly = true)
    public PagedResult<OldPartView> search(
            @Nullable StoreId storeId,
            @Nullable OldPartStatus status,
            @Nullable String q,
            @Nullable Integer page,
            @Nullable Integer size) {
        Page<OldPart> found = oldParts.search(
                Identifier.valueOf(storeId),
                status,
                WarrantyClaims.like(q),
                Paging.request(page, size, 50).withSort(Sort.by(Sort.Direction.DESC, "taggedAt", "tag")));
        Map<UUID, String> numbers =
                claimNumbers(found.map(OldPart::warrantyClaimId).toList());
        return PagedResult.of(found, p -> view(p, numbers.getOrDefault(p.warrantyClaimId(), "")));
    }

    @PreAuthorize(RoleGroups.WARRANTY_DESK)
    @Transactional(readOnly = true)
    public OldPartView get(OldPartId id) {
        OldPart part = find(id);
        return view(part, claimNumber(part));
    }

    /** Puts the parts in a bin of the old-part store (or moves them there). */
    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public List<OldPartView> store(List<Selected> selected, String bin) {
        UUID by = CurrentUser.require().userId().value();
        return move(selected, "STORE", bin, (part, now) -> part.store(bin, by, now));
    }

    /** Ships the parts back to the maker under one shipment number (回运单号). */
    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public List<OldPartView> ship(List<Selected> selected, String shipment) {
        UUID by = CurrentUser.require().userId().value();
        return move(selected, "SHIP", shipment, (part, now) -> part.ship(shipment, by, now));
    }

    /** Scraps the parts here because the maker does not want them back. */
    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public List<OldPartView> scrap(List<Selected> selected, String reason) {
        UUID by = CurrentUser.require().userId().value();
        return move(selected, "SCRAP", reason, (part, now) -> part.scrap(reason, by, now));
    }

    private List<OldPartView> move(
            List<Selected> selected, String action, String detail, BiConsumer<OldPart, Instant> change) {
        if (selected.isEmpty()) {
            throw new InvalidInputException("ids", "oldPart.noneSelected");
        }
        Instant now = clock.instant();
        List<OldPart> parts = selected.stream()
                .map(s -> {
                    OldPart part = find(s.id());
                    StaleVersionException.check(s.version(), part.version());
                    change.accept(part, now);
                    return part;
                })
                .toList();
        oldParts.flush();
        parts.forEach(p -> auditTrail.record(action, "OldPart", p.id(), p.tag() + " " + detail));
        Map<UUID, String> numbers =
                claimNumbers(parts.stream().map(OldPart::warrantyClaimId).toList());
        return parts.stream()
                .map(p -> view(p, numbers.getOrDefault(p.warrantyClaimId(), "")))
                .toList();
    }

    /** The numbers of the given claims, read at once (not one query per old part). */
    private Map<UUID, String> claimNumbers(Collection<UUID> claimIds) {
        Map<UUID, String> numbers = new HashMap<>();
        claims.findAllById(new HashSet<>(claimIds)).forEach(c -> numbers.put(c.id(), c.number()));
        return numbers;
    }

    private String claimNumber(OldPart part) {
        return claims.findById(part.warrantyClaimId()).map(c -> c.number()).orElse("");
    }

    private OldPart find(OldPartId id) {
        return oldParts.findById(id.value()).orElseThrow(() -> new NotFoundException("oldPart", id));
    }

    static OldPartView view(OldPart part, String claimNumber) {
        return new OldPartView(
                new OldPartId(part.id()),
                part.tag(),
                new StoreId(part.storeId()),
                new WarrantyClaimId(part.warrantyClaimId()),
                claimNumber,
                new WorkOrderId(part.workOrderId()),
                new WorkOrderLineId(part.workOrderLineId()),
                Identifier.of(part.partId(), PartId::new),
                part.partNumber(),
                part.description(),
                part.quantity(),
                Identifier.of(part.issueMovementId(), MovementId::new),
                part.status(),
                part.bin(),
                part.shipment(),
                part.scrapReason(),
                part.taggedAt(),
                part.storedAt(),
                part.shippedAt(),
                part.version());
    }
}
