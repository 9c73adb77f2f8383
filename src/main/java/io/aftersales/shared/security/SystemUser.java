package io.aftersales.shared.security;

import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the system does on its own inside one organisation (demo data, scheduled jobs) runs as this administrator,
 * so that the facades' role checks and the audit trail ("system") apply to it like to anyone else.
 */
public final class SystemUser {

    public static final String USERNAME = "system";

    private SystemUser() {}

    public static <T> T callAs(OrganizationId organizationId, List<StoreId> storeIds, Supplier<T> work) {
        SignedInUser system = new SignedInUser(
                new UUID(0, 0),
                organizationId.value(),
                USERNAME,
                USERNAME,
                Set.of(Role.ADMIN),
                storeIds.stream().map(StoreId::value).toList(),
                false,
                true,
                null);
        return callAs(system, work);
    }

    /** Runs work as the given person of an organisation: the demo acting as its staff. */
    public static <T> T callAs(SignedInUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return TenantContext.callAs(user.organizationId().value(), work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
