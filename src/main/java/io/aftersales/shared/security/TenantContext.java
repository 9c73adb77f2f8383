package io.aftersales.shared.security;

import io.aftersales.shared.OrganizationId;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Which organisation the current unit of work belongs to. Normally that of the signed-in user; code that must look
 * across organisations (sign-in, token look-up, first start, creating an organisation) says so explicitly with
 * {@link #callAsSystem}. A unit of work with neither sees nothing.
 */
public final class TenantContext {

    /** The tenant identifier that sees every organisation. */
    public static final UUID SYSTEM = new UUID(0L, 1L);

    /** The tenant identifier of a unit of work with no user: it matches no row. */
    public static final UUID NOBODY = new UUID(0L, 0L);

    private static final ThreadLocal<@Nullable UUID> OVERRIDE = new ThreadLocal<>();

    private TenantContext() {}

    public static UUID current() {
        UUID override = OVERRIDE.get();
        if (override != null) {
            return override;
        }
        return CurrentUser.find()
                .map(SignedInUser::organizationId)
                .orElse(new OrganizationId(NOBODY))
                .value();
    }

    /** Runs work that must see every organisation. Start its transaction inside, not outside, this call. */
    public static <T> T callAsSystem(Supplier<T> work) {
        return callAs(SYSTEM, work);
    }

    /** Runs work inside the given organisation, e.g. the first-start setup of a new one. */
    public static <T> T callAs(UUID organizationId, Supplier<T> work) {
        UUID previous = OVERRIDE.get();
        OVERRIDE.set(organizationId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }
}
