package io.aftersales.shared.security;

import io.aftersales.shared.Identifier;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of every signed-in request, web session or API token alike. It is kept in the (database-backed)
 * session, so it is serializable and holds only IDs (as plain UUIDs, the form sessions were written in) and names.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID userId;
    private final UUID organizationId;
    private final String username;
    private final String displayName;
    private final Set<Role> roles;
    private final List<UUID> storeIds;
    private final boolean platformAdmin;
    private final boolean active;
    private @Nullable String passwordHash;

    public SignedInUser(
            UUID userId,
            UUID organizationId,
            String username,
            String displayName,
            Set<Role> roles,
            List<UUID> storeIds,
            boolean platformAdmin,
            boolean active,
            @Nullable String passwordHash) {
        this.userId = userId;
        this.organizationId = organizationId;
        this.username = username;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
        this.storeIds = List.copyOf(storeIds);
        this.platformAdmin = platformAdmin;
        this.active = active;
        this.passwordHash = passwordHash;
    }

    public UserId userId() {
        return new UserId(userId);
    }

    public OrganizationId organizationId() {
        return new OrganizationId(organizationId);
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public List<StoreId> storeIds() {
        return storeIds.stream().map(StoreId::new).toList();
    }

    public boolean platformAdmin() {
        return platformAdmin;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Store managers, HQ and admins may override rules that need a manager's word. */
    public boolean isManager() {
        return roles.contains(Role.STORE_MANAGER) || roles.contains(Role.ADMIN) || roles.contains(Role.HQ);
    }

    /** Admins and HQ see the operational records of every store of their organisation. */
    public boolean seesAllStores() {
        return roles.contains(Role.ADMIN) || roles.contains(Role.HQ);
    }

    public boolean canSeeStore(StoreId storeId) {
        return seesAllStores() || storeIds.contains(Identifier.valueOf(storeId));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        if (platformAdmin) {
            authorities.add(new SimpleGrantedAuthority(PLATFORM_ADMIN));
        }
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && userId.equals(that.userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + "]";
    }
}
