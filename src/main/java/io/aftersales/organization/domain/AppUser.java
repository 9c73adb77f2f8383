package io.aftersales.organization.domain;

import io.aftersales.organization.StaffMember;
import io.aftersales.organization.UserView;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedInUser;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** Someone who signs in: roles say what they do, store assignments where. Usernames are unique platform-wide. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private String username;
    private String passwordHash;
    private String displayName;
    private boolean active;
    private boolean platformAdmin;
    private Instant createdAt;

    @Version
    private @Nullable Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_store", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "store_id")
    private Set<UUID> storeIds = new LinkedHashSet<>();

    protected AppUser() {
        this.id = Ids.newId();
        this.organizationId = new UUID(0, 0);
        this.username = "";
        this.passwordHash = "";
        this.displayName = "";
        this.createdAt = Instant.EPOCH;
    }

    public AppUser(
            UUID organizationId,
            String username,
            String passwordHash,
            String displayName,
            Set<Role> roles,
            Set<UUID> storeIds,
            Instant createdAt) {
        this.id = Ids.newId();
        this.organizationId = organizationId;
        this.username = normalizeUsername(username);
        this.passwordHash = passwordHash;
        this.displayName = displayName.trim();
        this.active = true;
        this.createdAt = createdAt;
        this.roles.addAll(roles);
        this.storeIds.addAll(storeIds);
    }

    public static String normalizeUsername(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    public void grantPlatformAdministration() {
        this.platformAdmin = true;
    }

    public void update(String displayName, Set<Role> roles, Set<UUID> storeIds) {
        this.displayName = displayName.trim();
        this.roles.clear();
        this.roles.addAll(roles);
        this.storeIds.clear();
        this.storeIds.addAll(storeIds);
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public StaffMember toStaffMember() {
        return new StaffMember(
                new UserId(id),
                displayName,
                roles,
                storeIds.stream().map(StoreId::new).toList(),
                active);
    }

    public UserView toView() {
        return new UserView(
                new UserId(id),
                username,
                displayName,
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles),
                storeIds.stream().sorted().map(StoreId::new).toList(),
                active,
                createdAt,
                version());
    }

    public SignedInUser toSignedInUser() {
        return new SignedInUser(
                id,
                organizationId,
                username,
                displayName,
                roles,
                // Oldest store first (IDs are time-ordered): it is the user's default store.
                storeIds.stream().sorted().toList(),
                platformAdmin,
                active,
                passwordHash);
    }
}
