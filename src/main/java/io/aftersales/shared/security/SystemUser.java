package io.aftersales.shared.security;

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

    public static <T> T callAs(UUID organizationId, List<UUID> storeIds, Supplier<T> work) {
        SignedInUser system = new SignedInUser(
                new UUID(0, 0), organizationId, USERNAME, USERNAME, Set.of(Role.ADMIN), storeIds, false, true, null);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return TenantContext.callAs(organizationId, work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
