package io.aftersales.organization;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.Role;
import java.util.List;
import java.util.Set;

/** A colleague as operational modules see them: who they are, what they do and where, nothing about sign-in. */
public record StaffMember(UserId id, String displayName, Set<Role> roles, List<StoreId> storeIds, boolean active) {

    public boolean worksAt(StoreId storeId) {
        return storeIds.contains(storeId);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
