package io.aftersales.demo;

import io.aftersales.inventory.MovementType;
import io.aftersales.inventory.NewPart;
import io.aftersales.inventory.NewTool;
import io.aftersales.inventory.PartCatalogue;
import io.aftersales.inventory.StockManagement;
import io.aftersales.inventory.ToolManagement;
import io.aftersales.inventory.ToolView;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SystemUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo organisation's parts: about 320 genuine parts (three generations of each) of the makes the demo customers drive, with OEM-style
 * numbers, costs and prices, received into both demo stores with bins and reorder points (a few below them).
 * And a dozen tools per store. Made through the same facades as the parts counter. Seeded, so every demo looks the same.
 */
@Component
class DemoParts {

    private record Kind(String name, String unit, int cost, String code) {}

    private record Make(String brand, String prefix, String models) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("机油滤清器", "件", 38, "115561"),
            new Kind("空气滤清器", "件", 65, "129620"),
            new Kind("空调滤清器", "件", 58, "819653"),
            new Kind("前制动片（套）", "套", 380, "698151"),
            new Kind("后制动片（套）", "套", 320, "698451"),
            new Kind("前制动盘", "件", 420, "615301"),
            new Kind("火花塞", "件", 72, "905601"),
            new Kind("点火线圈", "件", 260, "905110"),
            new Kind("正时皮带张紧器", "件", 280, "109479"),
            new Kind("水泵", "件", 560, "121011"),
            new Kind("雨刮片（对）", "对", 110, "998002"),
            new Kind("蓄电池 60Ah", "件", 620, "915105"),
            new Kind("减震器（前）", "件", 690, "413031"),
            new Kind("车窗升降器", "件", 350, "837461"),
            new Kind("原厂机油 5W-30 1L", "升", 62, "052195"));

    private static final List<Make> MAKES = List.of(
            new Make("上汽大众", "5Q0", "帕萨特、朗逸、途观L"),
            new Make("一汽-大众", "5QD", "迈腾、速腾、探岳"),
            new Make("广汽本田", "17220", "雅阁、思域、皓影"),
            new Make("广汽丰田", "04465", "凯美瑞、汉兰达、雷凌"),
            new Make("华晨宝马", "11427", "3系、5系、X3"),
            new Make("上汽通用别克", "GM", "君威、英朗、GL8"),
            new Make("比亚迪", "BYD", "汉、秦PLUS、宋PLUS DM-i"),
            new Make("特斯拉", "TSL", "Model 3、Model Y"));

    private static final Logger log = LoggerFactory.getLogger(DemoParts.class);

    /** Units of each job part received per store before the history: more than eighteen months of jobs use. */
    private static final int JOB_PART_STOCK = 200;

    private final PartCatalogue catalogue;
    private final StockManagement stock;
    private final ToolManagement tools;
    private final OrganizationManagement organization;
    private final Clock clock;

    DemoParts(
            PartCatalogue catalogue,
            StockManagement stock,
            ToolManagement tools,
            OrganizationManagement organization,
            Clock clock) {
        this.clock = clock;
        this.catalogue = catalogue;
        this.stock = stock;
        this.tools = tools;
        this.organization = organization;
    }

    private static final List<String[]> TOOLS = List.of(
            new String[] {"扭力扳手 40-200Nm", "扭力工具", "180"},
            new String[] {"扭力扳手 5-60Nm", "扭力工具", "180"},
            new String[] {"原厂诊断仪", "诊断设备", "365"},
            new String[] {"便携式诊断仪", "上门工具", "365"},
            new String[] {"绝缘万用表", "上门工具", "365"},
            new String[] {"绝缘手套 1000V", "上门工具", "180"},
            new String[] {"空调冷媒回收加注机", "空调设备", "365"},
            new String[] {"四轮定位仪", "车间设备", "365"},
            new String[] {"轮胎动平衡机", "车间设备", "365"},
            new String[] {"举升机 2 号", "车间设备", "180"},
            new String[] {"制动液检测笔", "检测工具", "365"},
            new String[] {"蓄电池检测仪", "检测工具", "365"});

    /**
     * The parts with their stock in every demo store, and the tools. Returns the parts the demo's jobs fit, by number,
     * received with enough for eighteen months of jobs (see {@link #countDown}).
     */
    Map<String, PartId> load(DemoOrganization.Loaded demo) {
        int parts =
                SystemUser.callAs(demo.organizationId(), demo.storeIds(), () -> load(demo.storeIds(), new Random(5)));
        Map<String, PartId> jobParts =
                SystemUser.callAs(demo.organizationId(), demo.storeIds(), () -> jobParts(demo.storeIds()));
        int tools = SystemUser.callAs(
                demo.organizationId(), demo.storeIds(), () -> loadTools(demo.storeIds(), new Random(6)));
        log.info(
                "Demo data: {} parts with stock and {} tools in {} stores.",
                parts + jobParts.size(),
                tools,
                demo.storeIds().size());
        return jobParts;
    }

    /** The parts of the demo's jobs, with a stock that outlasts their history. */
    private Map<String, PartId> jobParts(List<StoreId> stores) {
        Map<String, PartId> parts = new LinkedHashMap<>();
        DemoWorkOrders.jobParts().forEach((number, part) -> {
            BigDecimal price = new BigDecimal(part[1]);
            BigDecimal cost = price.divide(new BigDecimal("1.45"), 0, RoundingMode.HALF_UP);
            PartId id = catalogue
                    .create(new NewPart(
                            number, part[0], "大众", true, "大众授权配件中心", "件", cost, price, null, "帕萨特、迈腾", null))
                    .id();
            for (StoreId store : stores) {
                stock.receive(store, id, BigDecimal.valueOf(JOB_PART_STOCK), cost, "期初库存");
                stock.configure(store, id, "J-1-" + (parts.size() + 1), BigDecimal.valueOf(3), BigDecimal.valueOf(10));
            }
            parts.put(number, id);
        });
        return parts;
    }

    /**
     * After the history: the stocktake finds a few of each job part left (1 to 8), as a parts desk that orders by the
     * month would, so that the parts forecast has something to suggest.
     */
    void countDown(DemoOrganization.Loaded demo, Map<String, PartId> parts) {
        SystemUser.callAs(demo.organizationId(), demo.storeIds(), () -> {
            Random random = new Random(8);
            for (StoreId store : demo.storeIds()) {
                for (PartId part : parts.values()) {
                    BigDecimal available =
                            stock.stock(store, part, false, 0, 1).items().get(0).available();
                    BigDecimal left = BigDecimal.valueOf(1 + random.nextInt(8)).min(available);
                    if (available.compareTo(left) > 0) {
                        stock.adjust(store, part, left.subtract(available), MovementType.STOCKTAKE, "月末盘点");
                    }
                }
            }
            return null;
        });
    }

    /** A dozen tools per store: a few with their calibration overdue, some checked out to the store's technician. */
    private int loadTools(List<StoreId> stores, Random random) {
        int count = 0;
        LocalDate today = LocalDate.now(clock.withZone(organization.zoneOf(stores.get(0))));
        for (int s = 0; s < stores.size(); s++) {
            StoreId store = stores.get(s);
            List<UserId> technicians = organization.staffOf(store).stream()
                    .filter(m -> m.has(Role.TECHNICIAN))
                    .map(StaffMember::id)
                    .toList();
            for (int i = 0; i < TOOLS.size(); i++) {
                String[] tool = TOOLS.get(i);
                LocalDate due = i % 5 == 4
                        ? today.minusDays(1 + random.nextInt(20))
                        : today.plusDays(1 + random.nextInt(Integer.parseInt(tool[2])));
                ToolView registered = tools.register(new NewTool(
                        store,
                        "T" + (s + 1) + String.format("%02d", i + 1),
                        tool[0],
                        tool[1],
                        "工具间 " + (char) ('A' + i % 3),
                        due));
                if (!technicians.isEmpty() && !registered.calibrationOverdue() && random.nextInt(4) == 0) {
                    tools.checkOut(registered.id(), registered.version(), technicians.get(0), null);
                }
                count++;
            }
        }
        return count;
    }

    private int load(List<StoreId> stores, Random random) {
        int count = 0;
        for (Make make : MAKES) {
            for (Kind kind : KINDS) {
                for (int variant = 0; variant < 3; variant++) {
                    if (random.nextInt(10) == 0) {
                        continue;
                    }
                    String number = make.prefix() + " " + kind.code() + " " + (char) ('A' + variant);
                    BigDecimal cost = BigDecimal.valueOf(kind.cost() * (80 + random.nextInt(50)) / 100);
                    BigDecimal price = cost.multiply(new BigDecimal("1.45")).setScale(0, RoundingMode.HALF_UP);
                    PartId part = catalogue
                            .create(new NewPart(
                                    number,
                                    make.brand() + " " + kind.name(),
                                    make.brand(),
                                    true,
                                    make.brand() + "授权配件中心",
                                    kind.unit(),
                                    cost,
                                    price,
                                    "69" + String.format("%011d", Math.abs(random.nextLong()) % 100_000_000_000L),
                                    make.models(),
                                    null))
                            .id();
                    for (StoreId store : stores) {
                        int reorderPoint = 2 + random.nextInt(4);
                        int onHand = random.nextInt(5) == 0
                                ? random.nextInt(reorderPoint + 1)
                                : reorderPoint + random.nextInt(20);
                        if (onHand > 0) {
                            stock.receive(store, part, BigDecimal.valueOf(onHand), cost, "期初库存");
                        }
                        stock.configure(
                                store,
                                part,
                                (char) ('A' + random.nextInt(6)) + "-" + (1 + random.nextInt(9)) + "-"
                                        + (1 + random.nextInt(5)),
                                BigDecimal.valueOf(reorderPoint),
                                BigDecimal.valueOf(reorderPoint * 3L));
                    }
                    count++;
                }
            }
        }
        return count;
    }
}
