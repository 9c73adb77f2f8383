package io.aftersales.demo;

import io.aftersales.organization.NewOrganization;
import io.aftersales.organization.NewStore;
import io.aftersales.organization.NewUser;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.OrganizationSetUp;
import io.aftersales.organization.StoreView;
import io.aftersales.organization.UserChanges;
import io.aftersales.organization.UserView;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SystemUser;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo organisation: two stores in Shanghai and one user of every role, all with the password
 * {@value #PASSWORD} (documented in the README), made through the administrators' facade.
 */
@Component
class DemoOrganization {

    static final String PASSWORD = "demo-2026-aftersales";

    /** The demo organisation and its stores, the first one the organisation's first. */
    record Loaded(OrganizationId organizationId, List<StoreId> storeIds) {}

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

    private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

    private final OrganizationManagement organization;

    DemoOrganization(OrganizationManagement organization) {
        this.organization = organization;
    }

    /**
     * @param adminUsername the demo's platform admin ({@code admin} unless that name is taken, as in tests)
     * @param adminPassword the configured administrator's password; the demo password when none is set
     */
    Loaded load(String adminUsername, @Nullable String adminPassword) {
        boolean configured = adminPassword != null && !adminPassword.isBlank();
        OrganizationSetUp demo = organization.createFirst(new NewOrganization(
                "演示汽车服务有限公司", "SH01", "上海浦东店", null, adminUsername, configured ? adminPassword : PASSWORD));
        Loaded loaded = SystemUser.callAs(demo.id(), List.of(demo.storeId()), () -> {
            StoreView second = organization.createStore(new NewStore("SH02", "上海闵行店", null));
            List<StoreId> both = List.of(demo.storeId(), second.id());
            UserView admin = organization.user(demo.adminUserId());
            organization.updateUser(
                    admin.id(), new UserChanges("系统管理员", Set.of(Role.ADMIN), Set.copyOf(both), admin.version()));
            for (DemoUser user : USERS) {
                StoreId home = user.username().endsWith("2") ? second.id() : demo.storeId();
                organization.createUser(new NewUser(
                        user.username(),
                        PASSWORD,
                        user.displayName(),
                        Set.of(user.role()),
                        user.bothStores() ? Set.copyOf(both) : Set.of(home)));
            }
            return new Loaded(demo.id(), both);
        });
        log.info(
                "Demo data loaded: organisation '{}', users {} (password '{}'), {}.",
                demo.name(),
                USERS.stream().map(DemoUser::username).toList(),
                PASSWORD,
                configured ? adminUsername + " (password from configuration)" : adminUsername + " (the same password)");
        return loaded;
    }
}
