package io.aftersales.organization.bootstrap;

import io.aftersales.organization.DemoOrganizationLoaded;
import io.aftersales.organization.OrganizationSetUp;
import io.aftersales.organization.domain.AppUser;
import io.aftersales.organization.domain.OrganizationSetup;
import io.aftersales.organization.domain.Store;
import io.aftersales.organization.domain.StoreRepository;
import io.aftersales.organization.domain.UserRepository;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo organisation: two stores in Shanghai and one user of every role, all with the password
 * {@value #PASSWORD} (documented in the README). Later modules add their own demo records.
 */
@Component
class DemoData {

    static final String PASSWORD = "demo-2026-aftersales";

    private record DemoUser(String username, String displayName, Role role, boolean bothStores) {}

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("hq", "陈总部", Role.HQ, true),
            new DemoUser("manager", "王店长", Role.STORE_MANAGER, false),
            new DemoUser("advisor", "李顾问", Role.SERVICE_ADVISOR, false),
            new DemoUser("tech", "张技师", Role.TECHNICIAN, false),
            new DemoUser("parts", "赵配件", Role.PARTS_CLERK, false),
            new DemoUser("followup", "刘回访", Role.FOLLOW_UP_AGENT, false),
            new DemoUser("sales", "孙销售", Role.SALES, true),
            new DemoUser("finance", "周财务", Role.FINANCE, true),
            new DemoUser("manager2", "吴店长", Role.STORE_MANAGER, false),
            new DemoUser("advisor2", "郑顾问", Role.SERVICE_ADVISOR, false),
            new DemoUser("tech2", "冯技师", Role.TECHNICIAN, false));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganizationSetup setup;
    private final StoreRepository stores;
    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoData(
            OrganizationSetup setup,
            StoreRepository stores,
            UserRepository users,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.setup = setup;
        this.stores = stores;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** @param adminPassword the configured administrator's password; the demo password when none is set */
    void load(@Nullable String adminPassword) {
        load("admin", adminPassword);
    }

    /** @param adminUsername the demo's platform admin ({@code admin} unless that name is taken, as in tests) */
    void load(String adminUsername, @Nullable String adminPassword) {
        boolean configured = adminPassword != null && !adminPassword.isBlank();
        OrganizationSetUp demo = setup.create(
                "演示汽车服务有限公司", "SH01", "上海浦东店", null, adminUsername, configured ? adminPassword : PASSWORD, true, null);
        String hash = passwordEncoder.encode(PASSWORD);
        TenantContext.callAs(
                demo.id().value(),
                () -> transactions.execute(status -> {
                    Store second = stores.save(new Store(
                            demo.id().value(), "SH02", "上海闵行店", setup.zone("timeZone", null), clock.instant()));
                    users.findById(demo.adminUserId().value())
                            .orElseThrow()
                            .update(
                                    "系统管理员",
                                    Set.of(Role.ADMIN),
                                    Set.of(Identifier.valueOf(demo.storeId()), second.id()));
                    for (DemoUser user : USERS) {
                        boolean secondStore = user.username().endsWith("2");
                        Set<UUID> storeIds = user.bothStores()
                                ? Set.of(Identifier.valueOf(demo.storeId()), second.id())
                                : Set.of(secondStore ? second.id() : Identifier.valueOf(demo.storeId()));
                        users.save(new AppUser(
                                demo.id().value(),
                                user.username(),
                                hash,
                                user.displayName(),
                                Set.of(user.role()),
                                storeIds,
                                clock.instant()));
                    }
                    events.publishEvent(
                            new DemoOrganizationLoaded(demo.id(), List.of(demo.storeId(), new StoreId(second.id()))));
                    return demo;
                }));
        log.info(
                "Demo data loaded: organisation '{}', users {} (password '{}'), {}.",
                demo.name(),
                USERS.stream().map(DemoUser::username).toList(),
                PASSWORD,
                configured ? adminUsername + " (password from configuration)" : adminUsername + " (the same password)");
    }
}
