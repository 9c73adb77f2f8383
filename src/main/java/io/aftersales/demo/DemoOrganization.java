package io.aftersales.demo;

import io.aftersales.organization.Letterhead;
import io.aftersales.organization.NewOrganization;
import io.aftersales.organization.NewStore;
import io.aftersales.organization.NewUser;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.OrganizationSetUp;
import io.aftersales.organization.StaffMember;
import io.aftersales.organization.StoreChanges;
import io.aftersales.organization.StoreLogos;
import io.aftersales.organization.StoreView;
import io.aftersales.organization.UserChanges;
import io.aftersales.organization.UserView;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.security.SystemUser;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
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
    record Loaded(OrganizationId organizationId, List<StoreId> storeIds) {

        /** Runs work as one of the organisation's staff, so that what it records names them. */
        <T> T as(StaffMember person, Supplier<T> work) {
            return SystemUser.callAs(
                    new SignedInUser(
                            person.id().value(),
                            organizationId.value(),
                            person.displayName(),
                            person.displayName(),
                            person.roles(),
                            person.storeIds().stream().map(StoreId::value).toList(),
                            false,
                            true,
                            null),
                    work);
        }
    }

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
            new DemoUser("tech2", "冯技师", Role.TECHNICIAN, false),
            new DemoUser("qc", "钱质检", Role.QC_INSPECTOR, false),
            new DemoUser("foreman", "何主管", Role.FOREMAN, false));

    private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

    private final OrganizationManagement organization;
    private final StoreLogos logos;

    DemoOrganization(OrganizationManagement organization, StoreLogos logos) {
        this.organization = organization;
        this.logos = logos;
    }

    /** A made-up emblem for the demo's documents: a blue disc with a white ring and a bar across. */
    private static byte[] emblem() {
        BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x0b3d91));
        g.fillOval(0, 0, 96, 96);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(8));
        g.drawOval(22, 22, 52, 52);
        g.fillRect(12, 44, 72, 8);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
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
            StoreView first = organization.store(demo.storeId());
            organization.updateStore(
                    first.id(),
                    new StoreChanges(
                            first.name(),
                            first.timeZone(),
                            true,
                            new Letterhead("上海演示汽车销售服务有限公司", "上海市浦东新区张江路 88 号", "021-5888 6666", "91310115MA1K4ABC2X"),
                            first.version()));
            StoreView second = organization.createStore(new NewStore(
                    "SH02",
                    "上海闵行店",
                    null,
                    new Letterhead("上海演示汽车销售服务有限公司闵行分公司", "上海市闵行区莘庄路 168 号", "021-6422 8888", "91310112MA1K5DEF3Y")));
            byte[] logo = emblem();
            for (StoreId store : List.of(first.id(), second.id())) {
                logos.set(store, logo);
            }
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
