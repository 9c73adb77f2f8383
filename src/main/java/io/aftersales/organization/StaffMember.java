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

    /** An active service advisor: someone who can be a customer's own advisor (一对一服务). */
    public boolean advises() {
        return active && has(Role.SERVICE_ADVISOR);
    }

    /** An active service advisor of this store: who can receive a job there. */
    public boolean advisesAt(StoreId storeId) {
        return advises() && worksAt(storeId);
    }
}
