package io.aftersales.organization;

import io.aftersales.organization.domain.AppUser;
import io.aftersales.organization.domain.OrganizationRepository;
import io.aftersales.organization.domain.OrganizationSetup;
import io.aftersales.organization.domain.PasswordPolicy;
import io.aftersales.organization.domain.SessionTerminator;
import io.aftersales.organization.domain.Store;
import io.aftersales.organization.domain.StoreRepository;
import io.aftersales.organization.domain.UserRepository;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.SearchText;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.DuplicateException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentStore;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.security.TenantContext;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations, stores and users. Everything here runs inside the caller's organisation (see
 * {@code TenantContext}); creating an organisation is the one step across the wall, for platform admins only.
 */
@Service
public class OrganizationManagement {

    private static final Set<String> STORE_SORTS = Set.of("code", "name", "createdAt");
    private static final Set<String> USER_SORTS = Set.of("username", "displayName", "createdAt");
    private static final Set<String> ORGANIZATION_SORTS = Set.of("name", "createdAt");

    private final OrganizationRepository organizations;
    private final StoreRepository stores;
    private final UserRepository users;
    private final OrganizationSetup setup;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final SessionTerminator sessions;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final OrganizationProperties properties;
    private final ObjectProvider<AuthenticationManager> authentication;
    private final Clock clock;

    OrganizationManagement(
            OrganizationRepository organizations,
            StoreRepository stores,
            UserRepository users,
            OrganizationSetup setup,
            PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder,
            SessionTerminator sessions,
            AuditTrail auditTrail,
            ApplicationEventPublisher events,
            OrganizationProperties properties,
            ObjectProvider<AuthenticationManager> authentication,
            Clock clock) {
        this.properties = properties;
        this.authentication = authentication;
        this.organizations = organizations;
        this.stores = stores;
        this.users = users;
        this.setup = setup;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    // Organisations: the platform administrator's.

    @PreAuthorize("hasAuthority('PLATFORM_ADMIN')")
    @Transactional(readOnly = true)
    public PagedResult<OrganizationView> organizations(
            @Nullable Integer page, @Nullable Integer size, @Nullable String sort) {
        return PagedResult.of(
                organizations.findAll(Paging.request(page, size, sort, ORGANIZATION_SORTS, Sort.by("name"))),
                o -> o.toView());
    }

    /** Not transactional here: the work runs across the tenant wall in a transaction of its own. */
    @PreAuthorize("hasAuthority('PLATFORM_ADMIN')")
    public OrganizationSetUp createOrganization(NewOrganization request) {
        return create(request, false, CurrentUser.require().organizationId().value());
    }

    private OrganizationSetUp create(NewOrganization request, boolean platformAdmin, @Nullable UUID auditIn) {
        return setup.create(
                request.name(),
                request.storeCode() == null || request.storeCode().isBlank() ? "S01" : request.storeCode(),
                request.storeName(),
                request.timeZone(),
                request.adminUsername(),
                request.adminPassword(),
                platformAdmin,
                auditIn);
    }

    /** Whether the database holds no organisation yet: the first start. System work: it looks across tenants. */
    public boolean isEmpty() {
        return TenantContext.callAsSystem(() -> organizations.count() == 0);
    }

    /**
     * An organisation whose admin is also the platform's administrator, as on the first start of an empty database
     * (the demo's). System work for start-up code: no web request reaches it.
     */
    public OrganizationSetUp createFirst(NewOrganization request) {
        return create(request, true, null);
    }

    /**
     * Every organisation's ID with its stores, for scheduled work that runs in each (reminders). System work only:
     * it reads across the tenant wall.
     */
    public Map<OrganizationId, List<StoreView>> storesByOrganization() {
        return TenantContext.callAsSystem(() -> {
            Map<OrganizationId, List<StoreView>> all = new LinkedHashMap<>();
            organizations
                    .findAll(Sort.by("createdAt"))
                    .forEach(o -> all.put(new OrganizationId(o.id()), new ArrayList<>()));
            stores.findAll(Sort.by("code"))
                    .forEach(s -> all.computeIfAbsent(new OrganizationId(s.organizationId()), k -> new ArrayList<>())
                            .add(s.toView()));
            return all;
        });
    }

    // Stores.

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PagedResult<StoreView> stores(
            @Nullable String query, @Nullable Integer page, @Nullable Integer size, @Nullable String sort) {
        return PagedResult.of(
                stores.search(like(query), Paging.request(page, size, sort, STORE_SORTS, Sort.by("code"))),
                Store::toView);
    }

    /** Every store of the organisation the caller sees (all of them for HQ and administrators), by code. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StoreView> visibleStores() {
        SignedInUser user = CurrentUser.require();
        return stores
                .search(
                        null,
                        Paging.request(0, Paging.MAX_SIZE, Paging.MAX_SIZE).withSort(Sort.by("code")))
                .map(Store::toView)
                .stream()
                .filter(store -> user.canSeeStore(store.id()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StoreView store(StoreId id) {
        return findStore(id.value()).toView();
    }

    /**
     * The time zone a store counts its days and hours in; with no store given, the caller's current store's, else the
     * configured default.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ZoneId zoneOf(@Nullable StoreId storeId) {
        StoreId id = storeId != null ? storeId : CurrentStore.find().orElse(null);
        return id == null
                ? properties.defaultTimeZone()
                : stores.findById(id.value())
                        .map(store -> ZoneId.of(store.toView().timeZone()))
                        .orElse(properties.defaultTimeZone());
    }

    /**
     * A store of the caller's organisation that the caller works at (HQ and administrators: any of them). Any other
     * store does not exist for the caller: 404, so that IDs reveal nothing.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StoreView visibleStore(StoreId id) {
        if (!CurrentUser.require().canSeeStore(id)) {
            throw new NotFoundException("store", id);
        }
        return findStore(id.value()).toView();
    }

    /**
     * The store a page opens on when none is asked for: the asked one, else the caller's current store, else the
     * first they work at, else the organisation's first.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StoreId storeOrDefault(@Nullable StoreId asked) {
        if (asked != null) {
            return asked;
        }
        SignedInUser user = CurrentUser.require();
        return CurrentStore.find()
                .or(() -> user.storeIds().stream().findFirst())
                .orElseGet(() -> stores(null, 0, 1, null).items().get(0).id());
    }

    /** The given stores that exist in the caller's organisation, by code; for store pickers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StoreView> storesById(Collection<StoreId> ids) {
        return ids.isEmpty()
                ? List.of()
                : stores.findByIdInOrderByCode(ids.stream().map(StoreId::value).toList()).stream()
                        .map(Store::toView)
                        .toList();
    }

    @PreAuthorize(RoleGroups.ADMINS)
    @Transactional
    public StoreView createStore(NewStore request) {
        Store candidate = new Store(
                CurrentUser.require().organizationId().value(),
                request.code(),
                request.name(),
                setup.zone("timeZone", request.timeZone()),
                clock.instant());
        if (stores.existsByCode(candidate.code())) {
            throw new DuplicateException("code", "store.duplicateCode", candidate.code());
        }
        if (request.letterhead() != null) {
            candidate.letterhead(request.letterhead());
        }
        Store store = stores.save(candidate);
        auditTrail.record("CREATE", "Store", store.id(), store.code());
        return store.toView();
    }

    @PreAuthorize(RoleGroups.ADMINS)
    @Transactional
    public StoreView updateStore(StoreId id, StoreChanges changes) {
        Store store = findStore(id.value());
        StaleVersionException.check(changes.version(), store.version());
        store.update(changes.name(), setup.zone("timeZone", changes.timeZone()), changes.active());
        if (changes.letterhead() != null) {
            store.letterhead(changes.letterhead());
        }
        stores.flush();
        auditTrail.record("UPDATE", "Store", store.id(), changes.name());
        return store.toView();
    }

    // Users.

    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional(readOnly = true)
    public PagedResult<UserView> users(
            @Nullable String query,
            @Nullable Boolean active,
            @Nullable Integer page,
            @Nullable Integer size,
            @Nullable String sort) {
        return PagedResult.of(
                users.search(like(query), active, Paging.request(page, size, sort, USER_SORTS, Sort.by("username"))),
                AppUser::toView);
    }

    /** The active colleagues assigned to a store, by name: for dispatch and assignment pickers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StaffMember> staffOf(StoreId storeId) {
        return users.findActiveAtStore(Identifier.valueOf(storeId)).stream()
                .map(AppUser::toStaffMember)
                .toList();
    }

    /** The organisation's active colleagues with this role, by name: for pickers that span the stores. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StaffMember> staffWithRole(Role role) {
        return users.findActiveWithRole(role).stream()
                .map(AppUser::toStaffMember)
                .toList();
    }

    /** Colleagues by ID (active or not), for names on records; unknown IDs are left out. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StaffMember> staff(Collection<UserId> ids) {
        return ids.isEmpty()
                ? List.of()
                : users.findByIdIn(ids.stream().map(UserId::value).toList()).stream()
                        .map(AppUser::toStaffMember)
                        .toList();
    }

    /** The display names of colleagues by ID (active or not), for names on records; unknown IDs are left out. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<UserId, String> namesOf(Collection<UserId> ids) {
        Map<UserId, String> names = new HashMap<>();
        staff(ids).forEach(member -> names.put(member.id(), member.displayName()));
        return names;
    }

    @PreAuthorize(RoleGroups.MANAGERS + " or #id == principal.userId")
    @Transactional(readOnly = true)
    public UserView user(UserId id) {
        return findUser(id.value()).toView();
    }

    @PreAuthorize(RoleGroups.ADMINS)
    @Transactional
    public UserView createUser(NewUser request) {
        String username = AppUser.normalizeUsername(request.username());
        passwordPolicy.check("password", request.password(), username);
        requireOwnStores(request.storeIds());
        if (users.usernameTaken(username)) {
            throw new DuplicateException("username", "user.duplicateUsername");
        }
        AppUser user = users.saveNew(new AppUser(
                CurrentUser.require().organizationId().value(),
                username,
                passwordEncoder.encode(request.password()),
                request.displayName(),
                request.roles(),
                uuids(request.storeIds()),
                clock.instant()));
        auditTrail.record("CREATE", "User", user.id(), username + " " + request.roles());
        return user.toView();
    }

    @PreAuthorize(RoleGroups.ADMINS)
    @Transactional
    public UserView updateUser(UserId id, UserChanges changes) {
        AppUser user = findUser(id.value());
        StaleVersionException.check(changes.version(), user.version());
        requireOwnStores(changes.storeIds());
        if (id.equals(CurrentUser.require().userId()) && !changes.roles().contains(Role.ADMIN)) {
            throw new DomainException("self-demotion", "user.cannotDemoteSelf");
        }
        user.update(changes.displayName(), changes.roles(), uuids(changes.storeIds()));
        users.flush();
        auditTrail.record("UPDATE", "User", id, changes.roles() + " " + changes.storeIds());
        return user.toView();
    }

    /** The user can no longer sign in; their sessions and API tokens stop working at once. */
    @PreAuthorize(RoleGroups.ADMINS)
    @Transactional
    public UserView deactivateUser(UserId id) {
        AppUser user = findUser(id.value());
        if (id.equals(CurrentUser.require().userId())) {
            throw new DomainException("self-deactivation", "user.cannotDeactivateSelf");
        }
        user.deactivate();
        users.flush();
        sessions.endAllOf(user.id(), user.username());
        auditTrail.record("DEACTIVATE", "User", id, user.username());
        events.publishEvent(new UserDeactivated(id, new OrganizationId(user.organizationId())));
        return user.toView();
    }

    @PreAuthorize(RoleGroups.ADMINS)
    @Transactional
    public UserView activateUser(UserId id) {
        AppUser user = findUser(id.value());
        user.activate();
        users.flush();
        auditTrail.record("ACTIVATE", "User", id, user.username());
        return user.toView();
    }

    /** The signed-in user changes their own password, proving they know the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        SignedInUser me = CurrentUser.require();
        AppUser user = findUser(me.userId().value());
        try {
            // The sign-in throttle counts a wrong current password like a wrong sign-in.
            authentication
                    .getObject()
                    .authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(user.username(), currentPassword));
        } catch (BadCredentialsException e) {
            throw new InvalidInputException("currentPassword", "password.wrongCurrent");
        }
        passwordPolicy.check("newPassword", newPassword, user.username());
        user.changePassword(passwordEncoder.encode(newPassword));
        users.flush();
        sessions.endOthersOf(user.id(), user.username());
        auditTrail.record("CHANGE_PASSWORD", "User", user.id(), null);
        events.publishEvent(new PasswordChanged(new UserId(user.id()), new OrganizationId(user.organizationId())));
    }

    private Store findStore(UUID id) {
        return stores.findById(id).orElseThrow(() -> new NotFoundException("store", id));
    }

    private AppUser findUser(UUID id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private void requireOwnStores(Set<StoreId> storeIds) {
        if (stores.findAllById(uuids(storeIds)).size() != storeIds.size()) {
            throw new InvalidInputException("storeIds", "user.unknownStore");
        }
    }

    private static Set<UUID> uuids(Set<StoreId> storeIds) {
        return storeIds.stream().map(StoreId::value).collect(Collectors.toSet());
    }

    private static @Nullable String like(@Nullable String query) {
        return SearchText.containing(query);
    }
}
