package io.aftersales.shared.audit;

import io.aftersales.shared.Identifier;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.security.CurrentStore;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.security.TenantContext;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did what to which record, when, from which store. Facades record inside their own transaction, so an action
 * and its audit line are kept or lost together.
 */
@Service
public class AuditTrail {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an action of the signed-in user (or of the system) in the current organisation. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, @Nullable String detail) {
        SignedInUser user = CurrentUser.find().orElse(null);
        UUID organizationId = user != null ? user.organizationId().value() : TenantContext.current();
        recordIn(organizationId, action, entityType, entityId, detail);
    }

    /** Records an action in the named organisation, for work done across organisations (first start, new tenant). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordIn(
            UUID organizationId, String action, String entityType, Object entityId, @Nullable String detail) {
        SignedInUser user = CurrentUser.find().orElse(null);
        events.save(new AuditEvent(
                organizationId,
                Identifier.valueOf(CurrentStore.find().orElse(null)),
                user != null ? user.userId().value() : null,
                user != null ? user.getUsername() : "system",
                action,
                entityType,
                String.valueOf(entityId),
                detail,
                clock.instant()));
    }

    @PreAuthorize(RoleGroups.ADMINS)
    @Transactional(readOnly = true)
    public PagedResult<AuditEntry> search(
            @Nullable String entityType,
            @Nullable String entityId,
            @Nullable String actor,
            @Nullable Integer page,
            @Nullable Integer size) {
        PageRequest request = Paging.request(page, size, null, Set.of(), Sort.by(Sort.Direction.DESC, "occurredAt"));
        return PagedResult.of(
                events.search(blankToNull(entityType), blankToNull(entityId), blankToNull(actor), request),
                AuditEvent::toEntry);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
