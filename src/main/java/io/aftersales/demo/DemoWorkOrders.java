package io.aftersales.demo;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.workorder.ApprovalChannel;
import io.aftersales.workorder.LineKind;
import io.aftersales.workorder.NewLine;
import io.aftersales.workorder.NewWorkOrder;
import io.aftersales.workorder.PastWorkOrder;
import io.aftersales.workorder.PayType;
import io.aftersales.workorder.PaymentMethod;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.WorkOrderHistory;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderLineId;
import io.aftersales.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Eighteen months of work orders for the demo organisation, run through the work order's own steps with the times
 * they would have happened: mostly delivered jobs, some cancelled, comebacks, declined lines, warranty jobs, and the
 * last few days' jobs still in every state of the lane. Seeded, so every demo looks the same.
 */
@Component
class DemoWorkOrders {

    private record Job(
            String complaint,
            ServiceType type,
            String labour,
            String hours,
            String part,
            String number,
            String price) {}

    private static final List<Job> JOBS = List.of(
            new Job("冷车启动时发动机异响", ServiceType.REPAIR, "检查更换正时皮带张紧器", "1.5", "正时皮带张紧器", "06K109479A", "420"),
            new Job("刹车时方向盘抖动", ServiceType.REPAIR, "更换前制动盘", "1.2", "前制动盘（对）", "5QD615301", "860"),
            new Job("空调不制冷", ServiceType.REPAIR, "空调系统检漏及维修", "2", "空调压缩机阀", "5Q0820803", "380"),
            new Job("到期保养", ServiceType.MAINTENANCE, "更换机油及机油滤清器", "0.5", "原厂机油 5W-30 4L", "G052195M4", "398"),
            new Job("仪表提示发动机故障灯", ServiceType.WARRANTY, "更换点火线圈", "0.8", "点火线圈", "04E905110K", "310"),
            new Job("车窗升降异响", ServiceType.REPAIR, "更换车窗升降器", "1", "车窗升降器", "5G4837461", "520"),
            new Job("年检前检测", ServiceType.INSPECTION, "全车安全检测", "0.5", "雨刮片（对）", "5G1998002", "168"));
    /** An accident repair, paid by the insurer less the excess. */
    private static final Job ACCIDENT =
            new Job("追尾事故，后保险杠破损", ServiceType.REPAIR, "钣喷：更换后保险杠并喷漆", "3", "后保险杠皮", "5G6807421", "1280");

    private static final List<String> INSURERS = List.of("中国人保财险", "平安产险", "太平洋产险");

    /** The parts the demo's jobs fit, by number: their name and price (DemoParts puts them in the catalogue). */
    static Map<String, String[]> jobParts() {
        Map<String, String[]> parts = new java.util.LinkedHashMap<>();
        JOBS.forEach(job -> parts.put(job.number(), new String[] {job.part(), job.price()}));
        parts.put(ACCIDENT.number(), new String[] {ACCIDENT.part(), ACCIDENT.price()});
        return parts;
    }

    private static final List<String> ROOT_CAUSES =
            List.of("轴承润滑脂老化导致磨损", "制动盘热变形超差", "O 形圈老化导致冷媒泄漏", "零件达到更换周期", "线圈绝缘击穿", "导轨缺油卡滞");
    private static final List<WorkOrderStatus> OPEN = List.of(
            WorkOrderStatus.RECEIVED,
            WorkOrderStatus.ESTIMATED,
            WorkOrderStatus.APPROVED,
            WorkOrderStatus.DISPATCHED,
            WorkOrderStatus.IN_PROGRESS,
            WorkOrderStatus.ON_HOLD,
            WorkOrderStatus.QUALITY_CHECK,
            WorkOrderStatus.COMPLETED,
            WorkOrderStatus.SETTLED);

    private static final Logger log = LoggerFactory.getLogger(DemoWorkOrders.class);

    private final WorkOrderHistory history;
    private final OrganizationManagement organization;
    private final Clock clock;

    DemoWorkOrders(WorkOrderHistory history, OrganizationManagement organization, Clock clock) {
        this.history = history;
        this.organization = organization;
        this.clock = clock;
    }

    /** The vehicles' history; returns the work orders delivered. */
    List<WorkOrderId> load(
            DemoOrganization.Loaded demo, List<DemoCustomers.Vehicle> vehicles, Map<String, PartId> parts) {
        List<WorkOrderId> delivered = new ArrayList<>();
        int count = SystemUser.callAs(
                demo.organizationId(), demo.storeIds(), () -> load(demo, vehicles, parts, new Random(18), delivered));
        log.info("Demo data: {} work orders over 18 months.", count);
        return delivered;
    }

    private int load(
            DemoOrganization.Loaded demo,
            List<DemoCustomers.Vehicle> vehicles,
            Map<String, PartId> parts,
            Random random,
            List<WorkOrderId> delivered) {
        Map<StoreId, List<StaffMember>> staff = new HashMap<>();
        for (StoreId storeId : demo.storeIds()) {
            staff.put(storeId, organization.staffOf(storeId));
        }
        Instant now = clock.instant();
        int count = 0;
        for (int i = 0; i < vehicles.size(); i++) {
            DemoCustomers.Vehicle vehicle = vehicles.get(i);
            StoreId storeId = demo.storeIds().get(i % demo.storeIds().size());
            int visits = 1 + random.nextInt(3);
            List<Integer> daysAgo = new ArrayList<>();
            for (int v = 0; v < visits; v++) {
                daysAgo.add(random.nextInt(540));
            }
            daysAgo.sort((a, b) -> b - a);
            if (i % 12 == 0) {
                daysAgo.add(random.nextInt(3));
            }
            WorkOrderId previous = null;
            int previousDay = Integer.MAX_VALUE;
            for (int day : daysAgo) {
                Instant at = now.minus(Duration.ofDays(day)).minus(Duration.ofMinutes(random.nextInt(600)));
                Job job = JOBS.get(random.nextInt(JOBS.size()));
                boolean comeback = previous != null
                        && previousDay - day <= 30
                        && job.type().fixesAProblem();
                // Some repairs are accident repairs an insurer pays (事故车), chosen without drawing from the random.
                boolean insured = !comeback && job.type() == ServiceType.REPAIR && (i + day) % 9 == 4;
                if (insured) {
                    job = ACCIDENT;
                }
                WorkOrderStatus target = day <= 2
                        ? OPEN.get(random.nextInt(OPEN.size()))
                        : random.nextInt(30) == 0 ? WorkOrderStatus.CANCELLED : WorkOrderStatus.DELIVERED;
                previous = run(
                        storeId,
                        staff.get(storeId),
                        vehicle,
                        job,
                        parts.get(job.number()),
                        comeback ? previous : null,
                        insured ? INSURERS.get(i % INSURERS.size()) : null,
                        target,
                        at,
                        random);
                previousDay = day;
                count++;
                if (target == WorkOrderStatus.DELIVERED) {
                    delivered.add(previous);
                }
            }
        }
        return count;
    }

    private WorkOrderId run(
            StoreId storeId,
            List<StaffMember> staff,
            DemoCustomers.Vehicle vehicle,
            Job job,
            @Nullable PartId part,
            @Nullable WorkOrderId comebackOf,
            @Nullable String insurer,
            WorkOrderStatus target,
            Instant at,
            Random random) {
        List<UserId> advisors = withRole(staff, Role.SERVICE_ADVISOR);
        List<UserId> technicians = withRole(staff, Role.TECHNICIAN);
        UserId advisor = advisors.isEmpty() ? staff.get(0).id() : advisors.get(random.nextInt(advisors.size()));
        PastWorkOrder order = history.receive(
                new NewWorkOrder(
                        storeId,
                        vehicle.customerId(),
                        vehicle.assetId(),
                        job.type(),
                        job.complaint(),
                        null,
                        20 + random.nextInt(80),
                        null,
                        null,
                        at.plus(Duration.ofHours(4 + random.nextInt(60))),
                        comebackOf,
                        null),
                advisor,
                at);
        PayType pay = insurer != null
                ? PayType.INSURANCE
                : job.type() == ServiceType.WARRANTY
                        ? PayType.WARRANTY
                        : comebackOf != null ? PayType.GOODWILL : PayType.CUSTOMER;
        if (insurer != null) {
            order.insure(
                    insurer,
                    "RP" + at.getEpochSecond(),
                    new BigDecimal(at.getEpochSecond() / 60 % 2 == 0 ? "500" : "0"),
                    at);
        }
        // A warranty job on a vehicle out of warranty was the maker's goodwill, which the manager recorded.
        String override = pay == PayType.WARRANTY ? "厂家特批保修" : null;
        Instant t = at.plusSeconds(600);
        WorkOrderLineId labour = order.addLine(
                new NewLine(
                        LineKind.LABOR,
                        job.labour(),
                        new BigDecimal(job.hours()),
                        new BigDecimal("300"),
                        pay,
                        null,
                        null,
                        null,
                        override),
                t);
        order.addLine(
                new NewLine(
                        LineKind.PART,
                        job.part(),
                        BigDecimal.ONE,
                        new BigDecimal(job.price()),
                        pay,
                        part,
                        job.number(),
                        true,
                        override),
                t);
        List<WorkOrderLineId> declined = random.nextInt(3) == 0
                ? List.of(order.addLine(
                        NewLine.of(LineKind.LABOR, "四轮定位", BigDecimal.ONE, new BigDecimal("280"), PayType.CUSTOMER), t))
                : List.of();
        if (stopsAt(order, target, WorkOrderStatus.RECEIVED)) {
            return history.save(order);
        }
        order.estimate(t = t.plusSeconds(900));
        if (insurer != null) {
            order.assess("定损员 王工", t = t.plusSeconds(3600));
        }
        if (stopsAt(order, target, WorkOrderStatus.ESTIMATED)) {
            return history.save(order);
        }
        order.approve(
                declined,
                "客户",
                random.nextBoolean() ? ApprovalChannel.DESK : ApprovalChannel.LINK,
                t = t.plusSeconds(1200));
        if (target == WorkOrderStatus.CANCELLED) {
            return history.save(order.cancel("客户改约", t.plusSeconds(600)));
        }
        if (stopsAt(order, target, WorkOrderStatus.APPROVED) || technicians.isEmpty()) {
            return history.save(order);
        }
        order.dispatch(
                technicians.get(random.nextInt(technicians.size())),
                (1 + random.nextInt(8)) + "号工位",
                t = t.plusSeconds(600));
        if (stopsAt(order, target, WorkOrderStatus.DISPATCHED)) {
            return history.save(order);
        }
        order.start(labour, t = t.plusSeconds(600));
        String rootCause = ROOT_CAUSES.get(random.nextInt(ROOT_CAUSES.size()));
        order.log("拆检确认故障点", labour, insurer != null ? "追尾碰撞致保险杠破损" : rootCause, t = t.plusSeconds(2400));
        if (target == WorkOrderStatus.ON_HOLD) {
            return history.save(order.hold("等待配件", t.plusSeconds(600)));
        }
        if (stopsAt(order, target, WorkOrderStatus.IN_PROGRESS)) {
            return history.save(order);
        }
        order.submitForQualityCheck(t = t.plusSeconds(1800));
        if (stopsAt(order, target, WorkOrderStatus.QUALITY_CHECK)) {
            return history.save(order);
        }
        order.passQualityCheck("复检合格", t = t.plusSeconds(900));
        order.complete("路试 5 公里，功能正常", t = t.plusSeconds(900));
        if (stopsAt(order, target, WorkOrderStatus.COMPLETED)) {
            return history.save(order);
        }
        order.settle(PaymentMethod.values()[random.nextInt(PaymentMethod.values().length)], t = t.plusSeconds(600));
        if (stopsAt(order, target, WorkOrderStatus.SETTLED)) {
            return history.save(order);
        }
        order.deliver("客户", t = t.plusSeconds(600));
        if (insurer != null && t.isBefore(clock.instant().minus(Duration.ofDays(30)))) {
            order.insurerPaid(t.plus(Duration.ofDays(20)));
        }
        return history.save(order);
    }

    /** Whether the lane should stop here for this work order. */
    private static boolean stopsAt(PastWorkOrder order, WorkOrderStatus target, WorkOrderStatus reached) {
        return target == reached && order.status() == reached;
    }

    private static List<UserId> withRole(List<StaffMember> staff, Role role) {
        return staff.stream().filter(s -> s.has(role)).map(StaffMember::id).toList();
    }
}
