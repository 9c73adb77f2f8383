package io.aftersales.organization.domain;

import io.aftersales.organization.OrganizationCreated;
import io.aftersales.organization.OrganizationProperties;
import io.aftersales.organization.OrganizationSetUp;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.DuplicateException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.TenantContext;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates an organisation with its first store and admin user, across the tenant wall: used by the platform admin,
 * the first start and the demo data.
 */
@Component
public class OrganizationSetup {

    private final OrganizationRepository organizations;
    private final StoreRepository stores;
    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final OrganizationProperties properties;
    private final Clock clock;

    OrganizationSetup(
            OrganizationRepository organizations,
            StoreRepository stores,
            UserRepository users,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            AuditTrail auditTrail,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            OrganizationProperties properties,
            Clock clock) {
        this.properties = properties;
        this.organizations = organizations;
        this.stores = stores;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.auditTrail = auditTrail;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param auditIn the organisation whose audit trail records the creation (the caller's), or null for the new one
     */
    public OrganizationSetUp create(
            String name,
            String storeCode,
            String storeName,
            @Nullable String timeZone,
            String adminUsername,
            String adminPassword,
            boolean platformAdmin,
            @Nullable UUID auditIn) {
        ZoneId zone = zone("timeZone", timeZone);
        passwordPolicy.check("adminPassword", adminPassword, adminUsername);
        String passwordHash = passwordEncoder.encode(adminPassword);
        return TenantContext.callAsSystem(() -> transactions.execute(status -> {
            if (organizations.existsByNameIgnoreCase(name.trim())) {
                throw new DuplicateException("name", "organization.duplicateName");
            }
            if (users.usernameTaken(AppUser.normalizeUsername(adminUsername))) {
                throw new DuplicateException("adminUsername", "user.duplicateUsername");
            }
            Organization organization = organizations.save(new Organization(name, clock.instant()));
            Store store = stores.save(new Store(organization.id(), storeCode, storeName, zone, clock.instant()));
            AppUser admin = new AppUser(
                    organization.id(),
                    adminUsername,
                    passwordHash,
                    adminUsername,
                    Set.of(Role.ADMIN),
                    Set.of(store.id()),
                    clock.instant());
            if (platformAdmin) {
                admin.grantPlatformAdministration();
            }
            users.save(admin);
            UUID auditOrganization = auditIn != null ? auditIn : organization.id();
            auditTrail.recordIn(auditOrganization, "CREATE", "Organization", organization.id(), organization.name());
            events.publishEvent(new OrganizationCreated(
                    new OrganizationId(organization.id()), new StoreId(store.id()), new UserId(admin.id())));
            return new OrganizationSetUp(
                    new OrganizationId(organization.id()),
                    organization.name(),
                    new StoreId(store.id()),
                    new UserId(admin.id()));
        }));
    }

    /** The zone named by a form or request; the configured default when none is named. */
    public ZoneId zone(String field, @Nullable String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return properties.defaultTimeZone();
        }
        try {
            return ZoneId.of(timeZone.trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "store.invalidTimeZone", timeZone);
        }
    }
}
