package io.aftersales.organization;

import io.aftersales.shared.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A user as other modules and the API see it; never the password. */
public record UserView(
        UUID id,
        String username,
        String displayName,
        Set<Role> roles,
        List<UUID> storeIds,
        boolean active,
        Instant createdAt,
        long version) {}
