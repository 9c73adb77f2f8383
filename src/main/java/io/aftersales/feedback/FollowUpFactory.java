package io.aftersales.feedback;

import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.feedback.domain.FollowUp;
import io.aftersales.feedback.domain.FollowUpRepository;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes follow-up tasks, at most one per cause, and gives each to the customer's own advisor when they work at the
 * store (一对一服务), otherwise to the store's follow-up agent with the fewest open tasks (none when the store has no
 * agent: the store's desk then sees it unassigned). Verifying a complaint's resolution always goes to an agent: the
 * complaint may be about the advisor.
 */
@Component
class FollowUpFactory {

    private final FollowUpRepository followUps;
    private final OrganizationManagement organization;
    private final CustomerManagement customers;

    FollowUpFactory(FollowUpRepository followUps, OrganizationManagement organization, CustomerManagement customers) {
        this.followUps = followUps;
        this.organization = organization;
        this.customers = customers;
    }

    /** The follow-up for {@code dedupKey}: the existing one, or a new one due at {@code dueAt}. */
    FollowUp create(
            OrganizationId organizationId,
            FollowUpKind kind,
            String dedupKey,
            FollowUp.Subject about,
            @Nullable ComplaintId complaintId,
            @Nullable String subject,
            Instant dueAt,
            Instant now) {
        Optional<FollowUp> existing = followUps.findByDedupKey(dedupKey);
        if (existing.isPresent()) {
            return existing.get();
        }
        FollowUp followUp = new FollowUp(
                organizationId.value(),
                kind,
                dedupKey,
                about,
                Identifier.valueOf(complaintId),
                subject,
                assignee(kind, about),
                dueAt,
                now);
        return followUps.saveAndFlush(followUp);
    }

    private @Nullable UUID assignee(FollowUpKind kind, FollowUp.Subject about) {
        StoreId storeId = new StoreId(about.storeId());
        if (kind != FollowUpKind.VERIFICATION) {
            var own = customers.advisorAt(new CustomerId(about.customerId()), storeId);
            if (own.isPresent()) {
                return own.get().id().value();
            }
        }
        return leastBusyAgent(storeId);
    }

    private @Nullable UUID leastBusyAgent(StoreId storeId) {
        List<UUID> agents = organization.staffOf(storeId).stream()
                .filter(member -> member.active() && member.has(Role.FOLLOW_UP_AGENT))
                .map(member -> member.id().value())
                .toList();
        if (agents.isEmpty()) {
            return null;
        }
        Map<UUID, Long> open = new HashMap<>();
        for (Object[] row : followUps.openCounts(agents)) {
            open.put((UUID) row[0], (Long) row[1]);
        }
        return agents.stream()
                .min(Comparator.comparingLong((UUID agent) -> open.getOrDefault(agent, 0L))
                        .thenComparing(UUID::toString))
                .orElse(null);
    }
}
