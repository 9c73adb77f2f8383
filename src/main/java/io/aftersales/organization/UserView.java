package io.aftersales.organization;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A user as other modules and the API see it; never the password. */
public record UserView(
        UserId id,
        String username,
        String displayName,
        Set<Role> roles,
        List<StoreId> storeIds,
        boolean active,
        Instant createdAt,
        long version) {}
