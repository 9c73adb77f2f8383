package io.aftersales.demo;

import io.aftersales.asset.AssetId;
import io.aftersales.asset.AssetKind;
import io.aftersales.asset.AssetManagement;
import io.aftersales.asset.AssetView;
import io.aftersales.asset.NewAsset;
import io.aftersales.asset.Vin;
import io.aftersales.customer.ConsentChannel;
import io.aftersales.customer.CustomerDetails;
import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.customer.CustomerType;
import io.aftersales.customer.NewAddress;
import io.aftersales.customer.NewContact;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.SystemUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo customers and their vehicles for the demo organisation, made through the same facades as the front desk: 300
 * people and companies in Shanghai, about 360 cars with valid VINs and plates, warranty terms and mileage. Seeded, so
 * every demo looks the same.
 */
@Component
class DemoCustomers {

    static final int CUSTOMERS = 300;

    /** A demo customer's vehicle, to be given a service history. */
    record Vehicle(CustomerId customerId, String customerName, AssetId assetId, String label) {}

    private record Make(String wmi, String brand, List<String> models, boolean newEnergy) {}

    private static final List<Make> MAKES = List.of(
            new Make("LSV", "上汽大众", List.of("帕萨特", "朗逸", "途观L"), false),
            new Make("LFV", "一汽-大众", List.of("迈腾", "速腾", "探岳"), false),
            new Make("LHG", "广汽本田", List.of("雅阁", "思域", "皓影"), false),
            new Make("LVG", "广汽丰田", List.of("凯美瑞", "汉兰达", "雷凌"), false),
            new Make("LBV", "华晨宝马", List.of("3系", "5系", "X3"), false),
            new Make("LSG", "上汽通用别克", List.of("君威", "英朗", "GL8"), false),
            new Make("LGX", "比亚迪", List.of("汉", "秦PLUS", "宋PLUS DM-i"), true),
            new Make("LRW", "特斯拉", List.of("Model 3", "Model Y"), true));

    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏方白邹孟熊秦江薛顾毛郝龚邵钱严戴孔汤";
    private static final List<String> GIVEN_NAMES = List.of(
            "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞", "平", "刚", "建华",
            "建国", "志强", "海燕", "晓东", "文博", "子涵", "浩然", "欣怡", "宇轩", "雨桐", "俊杰", "佳怡", "思远", "一鸣");
    private static final List<String> COMPANY_NAMES =
            List.of("顺达", "通力", "恒信", "华运", "中联", "锦程", "安捷", "宏达", "新城", "瑞丰");
    private static final List<String> COMPANY_KINDS = List.of("物流有限公司", "建筑工程有限公司", "汽车租赁有限公司", "食品有限公司", "出租汽车有限公司");
    private static final List<String> SOURCES = List.of("到店", "电话", "转介绍", "网络", "活动");
    private static final List<String> COLOURS = List.of("白色", "黑色", "银色", "灰色", "蓝色", "红色");
    private static final List<String> SHANGHAI_DISTRICTS =
            List.of("310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112", "310113", "310115");
    private static final List<String> ROADS = List.of("世纪大道", "南京西路", "淮海中路", "漕溪北路", "张杨路", "长寿路", "虹桥路", "莘庄路");
    private static final String PLATE_LETTERS = "ABCDEFGHJKLMN";
    private static final String CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static final String YEAR_CODES = "KLMNPRS"; // model years 2019 to 2025

    private static final Logger log = LoggerFactory.getLogger(DemoCustomers.class);

    private final CustomerManagement customers;
    private final AssetManagement assets;
    private final OrganizationManagement organization;
    private final Clock clock;

    DemoCustomers(
            CustomerManagement customers, AssetManagement assets, OrganizationManagement organization, Clock clock) {
        this.organization = organization;
        this.customers = customers;
        this.assets = assets;
        this.clock = clock;
    }

    /** The demo customers with their vehicles. */
    List<Vehicle> load(DemoOrganization.Loaded demo) {
        List<Vehicle> vehicles = SystemUser.callAs(
                demo.organizationId(),
                demo.storeIds(),
                () -> load(new Random(2026), organization.zoneOf(demo.storeIds().get(0))));
        log.info("Demo data: {} customers with their vehicles.", CUSTOMERS);
        return vehicles;
    }

    private List<Vehicle> load(Random random, ZoneId zone) {
        List<Vehicle> vehicles = new ArrayList<>();
        // Consents from a draw of their own, so that the rest of the demo stays as it was.
        Random consents = new Random(7);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        for (int i = 0; i < CUSTOMERS; i++) {
            boolean company = i % 10 == 9;
            String name = company ? companyName(random) : personName(random);
            CustomerDetails details = new CustomerDetails(
                    company ? CustomerType.COMPANY : CustomerType.PERSON,
                    name,
                    List.of(mobile(random)),
                    null,
                    random.nextInt(3) == 0 ? "wx_" + Integer.toHexString(random.nextInt(0xFFFFFF)) : null,
                    SOURCES.get(random.nextInt(SOURCES.size())),
                    tier(random),
                    null,
                    null,
                    List.of(address(random)),
                    company ? List.of("车队") : List.of(),
                    company ? null : today.minusYears(22 + random.nextInt(40)).minusDays(random.nextInt(365)));
            AssetManagement.Intake intake = assets.registerWithNewCustomer(details, vehicle(random, today));
            CustomerId customerId = intake.customer().customer().id();
            if (consents.nextInt(10) < 6) {
                customers.recordConsent(customerId, ConsentChannel.SMS, true);
            }
            if (details.wechatId() != null && consents.nextInt(2) == 0) {
                customers.recordConsent(customerId, ConsentChannel.WECHAT, true);
            }
            vehicles.add(new Vehicle(
                    customerId, name, intake.asset().id(), intake.asset().label()));
            if (company) {
                customers.addContact(
                        customerId, new NewContact(personName(random), "总经理", mobile(random), true, false));
                customers.addContact(
                        customerId, new NewContact(personName(random), "车队主管", mobile(random), false, true));
            }
            if (company || random.nextInt(5) == 0) {
                NewAsset second = vehicle(random, today);
                AssetView registered =
                        assets.register(withOwner(second, customerId)).asset();
                vehicles.add(new Vehicle(customerId, name, registered.id(), registered.label()));
            }
        }
        // One-to-one service: every demo customer gets their own advisor, spread evenly.
        List<UserId> advisors =
                customers.advisors().stream().map(StaffMember::id).toList();
        if (!advisors.isEmpty()) {
            customers.handOver(null, advisors);
        }
        return vehicles;
    }

    private NewAsset vehicle(Random random, LocalDate today) {
        Make make = MAKES.get(random.nextInt(MAKES.size()));
        int ageYears = random.nextInt(7);
        LocalDate purchased = today.minusYears(ageYears).minusDays(random.nextInt(365));
        int modelYear = Math.max(2019, Math.min(2025, purchased.getYear()));
        int mileage = (int) (purchased.until(today).toTotalMonths() * (800 + random.nextInt(900)));
        return new NewAsset(
                null,
                AssetKind.VEHICLE,
                vin(random, make, modelYear),
                plate(random, make.newEnergy()),
                null,
                make.brand(),
                make.models().get(random.nextInt(make.models().size())),
                modelYear,
                COLOURS.get(random.nextInt(COLOURS.size())),
                make.newEnergy() ? "纯电" : "汽油",
                purchased,
                null,
                null,
                null,
                purchased,
                purchased.plusYears(3),
                100_000,
                mileage);
    }

    private static NewAsset withOwner(NewAsset asset, CustomerId customerId) {
        return new NewAsset(
                customerId,
                asset.kind(),
                asset.vin(),
                asset.plate(),
                asset.serialNumber(),
                asset.brand(),
                asset.model(),
                asset.modelYear(),
                asset.colour(),
                asset.energyType(),
                asset.purchaseDate(),
                asset.installedOn(),
                asset.site(),
                asset.parentId(),
                asset.warrantyStart(),
                asset.warrantyEnd(),
                asset.warrantyMileage(),
                asset.mileage());
    }

    private static String vin(Random random, Make make, int modelYear) {
        StringBuilder vin = new StringBuilder(make.wmi());
        for (int i = 0; i < 5; i++) {
            vin.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        vin.append('0');
        vin.append(YEAR_CODES.charAt(modelYear - 2019));
        vin.append(CHARS.charAt(random.nextInt(CHARS.length())));
        vin.append(String.format("%06d", random.nextInt(1_000_000)));
        vin.setCharAt(8, Vin.checkDigit(vin.toString()));
        return vin.toString();
    }

    private static String plate(Random random, boolean newEnergy) {
        char office = PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length()));
        if (newEnergy) {
            return "沪" + office + (random.nextBoolean() ? 'D' : 'F') + CHARS.charAt(random.nextInt(CHARS.length()))
                    + String.format("%04d", random.nextInt(10_000));
        }
        return "沪" + office + CHARS.charAt(random.nextInt(CHARS.length()))
                + String.format("%04d", random.nextInt(10_000));
    }

    private static String personName(Random random) {
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN_NAMES.get(random.nextInt(GIVEN_NAMES.size()));
    }

    private static String companyName(Random random) {
        return "上海" + COMPANY_NAMES.get(random.nextInt(COMPANY_NAMES.size()))
                + COMPANY_KINDS.get(random.nextInt(COMPANY_KINDS.size()));
    }

    private static NewAddress address(Random random) {
        String district = SHANGHAI_DISTRICTS.get(random.nextInt(SHANGHAI_DISTRICTS.size()));
        String road = ROADS.get(random.nextInt(ROADS.size()));
        return new NewAddress(district, road + (1 + random.nextInt(999)) + "号");
    }

    private static String mobile(Random random) {
        String[] prefixes = {"138", "139", "135", "136", "150", "151", "186", "187", "177", "189"};
        return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    private static String tier(Random random) {
        int roll = random.nextInt(100);
        return roll < 70 ? "STANDARD" : roll < 88 ? "SILVER" : roll < 97 ? "GOLD" : "DIAMOND";
    }
}
