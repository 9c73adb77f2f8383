package io.aftersales.inventory;

import io.aftersales.inventory.domain.Part;
import io.aftersales.inventory.domain.PartRepository;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.PartId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.DuplicateException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation's parts catalogue: genuine (OEM) parts with their numbers, prices and barcodes. */
@Service
public class PartCatalogue {

    private static final Set<String> SORTS = Set.of("number", "name", "createdAt");

    private final PartRepository parts;
    private final AuditTrail auditTrail;
    private final Clock clock;

    PartCatalogue(PartRepository parts, AuditTrail auditTrail, Clock clock) {
        this.parts = parts;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public PartView create(NewPart request) {
        String number = Part.normalizeNumber(request.number());
        if (parts.existsByNumber(number)) {
            throw new DuplicateException("number", "part.numberTaken", number);
        }
        requireKnownSuccessor(request.supersededBy());
        Part part = parts.saveAndFlush(
                new Part(CurrentUser.require().organizationId().value(), request, clock.instant()));
        auditTrail.record("CREATE", "Part", part.id(), part.number());
        return part.toView();
    }

    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public PartView update(PartId id, NewPart request, long version) {
        Part part = find(id);
        StaleVersionException.check(version, part.version());
        String number = Part.normalizeNumber(request.number());
        if (!number.equals(part.number()) && parts.existsByNumber(number)) {
            throw new DuplicateException("number", "part.numberTaken", number);
        }
        if (id.equals(request.supersededBy())) {
            throw new InvalidInputException("supersededBy", "part.supersededBySelf");
        }
        requireKnownSuccessor(request.supersededBy());
        part.describe(request);
        parts.flush();
        auditTrail.record("UPDATE", "Part", id, part.number());
        return part.toView();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PartView get(PartId id) {
        return find(id).toView();
    }

    /** Parts by ID that exist in the caller's organisation. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PartView> getAll(Collection<PartId> ids) {
        return ids.isEmpty()
                ? List.of()
                : parts.findByIdIn(Identifier.values(ids)).stream()
                        .map(Part::toView)
                        .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PagedResult<PartView> search(
            @Nullable String query, @Nullable Integer page, @Nullable Integer size, @Nullable String sort) {
        String q = query == null || query.isBlank() ? null : query.trim();
        return PagedResult.of(
                parts.search(
                        q,
                        q == null ? "" : Part.normalizeNumber(q) + "%",
                        q == null ? "" : q,
                        q == null ? "" : "%" + q.toLowerCase(Locale.ROOT) + "%",
                        Paging.request(page, size, sort, SORTS, Sort.by("number"))),
                Part::toView);
    }

    private void requireKnownSuccessor(@Nullable PartId successor) {
        if (successor != null && !parts.existsById(Identifier.valueOf(successor))) {
            throw new InvalidInputException("supersededBy", "part.unknown");
        }
    }

    private Part find(PartId id) {
        return parts.findById(id.value()).orElseThrow(() -> new NotFoundException("part", id));
    }
}
