package io.aftersales.organization;

import io.aftersales.shared.security.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A colleague as operational modules see them: who they are, what they do and where, nothing about sign-in. */
public record StaffMember(UUID id, String displayName, Set<Role> roles, List<UUID> storeIds, boolean active) {

    public boolean worksAt(UUID storeId) {
        return storeIds.contains(storeId);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
