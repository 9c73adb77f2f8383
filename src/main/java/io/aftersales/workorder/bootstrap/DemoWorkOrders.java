package io.aftersales.workorder.bootstrap;

import io.aftersales.asset.DemoCustomersLoaded;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.workorder.ApprovalChannel;
import io.aftersales.workorder.DemoWorkOrdersLoaded;
import io.aftersales.workorder.LineKind;
import io.aftersales.workorder.NewLine;
import io.aftersales.workorder.NewWorkOrder;
import io.aftersales.workorder.PayType;
import io.aftersales.workorder.PaymentLine;
import io.aftersales.workorder.PaymentMethod;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderProperties;
import io.aftersales.workorder.WorkOrderStatus;
import io.aftersales.workorder.domain.Actor;
import io.aftersales.workorder.domain.WorkOrder;
import io.aftersales.workorder.domain.WorkOrderLine;
import io.aftersales.workorder.domain.WorkOrderMonths;
import io.aftersales.workorder.domain.WorkOrderNumbers;
import io.aftersales.workorder.domain.WorkOrderRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
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

    private final WorkOrderRepository workOrders;
    private final WorkOrderNumbers numbers;
    private final WorkOrderMonths months;
    private final OrganizationManagement organization;
    private final WorkOrderProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DemoWorkOrders(
            WorkOrderRepository workOrders,
            WorkOrderNumbers numbers,
            WorkOrderMonths months,
            OrganizationManagement organization,
            WorkOrderProperties properties,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.workOrders = workOrders;
        this.numbers = numbers;
        this.months = months;
        this.organization = organization;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DemoCustomersLoaded demo) {
        List<WorkOrderId> delivered = new ArrayList<>();
        int count =
                SystemUser.callAs(demo.organizationId(), demo.storeIds(), () -> load(demo, new Random(18), delivered));
        log.info("Demo data: {} work orders over 18 months.", count);
        events.publishEvent(new DemoWorkOrdersLoaded(demo.organizationId(), demo.storeIds(), delivered));
    }

    private int load(DemoCustomersLoaded demo, Random random, List<WorkOrderId> delivered) {
        Map<StoreId, StoreView> stores = new HashMap<>();
        Map<StoreId, List<StaffMember>> staff = new HashMap<>();
        for (StoreId storeId : demo.storeIds()) {
            stores.put(storeId, organization.store(storeId));
            staff.put(storeId, organization.staffOf(storeId));
        }
        Instant now = clock.instant();
        int count = 0;
        for (int i = 0; i < demo.vehicles().size(); i++) {
            DemoCustomersLoaded.Vehicle vehicle = demo.vehicles().get(i);
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
                WorkOrderStatus target = day <= 2
                        ? OPEN.get(random.nextInt(OPEN.size()))
                        : random.nextInt(30) == 0 ? WorkOrderStatus.CANCELLED : WorkOrderStatus.DELIVERED;
                previous = run(
                        demo.organizationId().value(),
                        stores.get(storeId),
                        staff.get(storeId),
                        vehicle,
                        job,
                        comeback ? previous : null,
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
            UUID organizationId,
            StoreView store,
            List<StaffMember> staff,
            DemoCustomersLoaded.Vehicle vehicle,
            Job job,
            WorkOrderId comebackOf,
            WorkOrderStatus target,
            Instant at,
            Random random) {
        List<StaffMember> advisors =
                staff.stream().filter(s -> s.has(Role.SERVICE_ADVISOR)).toList();
        List<StaffMember> technicians =
                staff.stream().filter(s -> s.has(Role.TECHNICIAN)).toList();
        StaffMember advisorMember = advisors.isEmpty() ? staff.get(0) : advisors.get(random.nextInt(advisors.size()));
        Actor advisor = new Actor(advisorMember.id().value(), advisorMember.displayName(), true);
        boolean warranty = job.type() == ServiceType.WARRANTY;
        ZoneId zone = ZoneId.of(store.timeZone());
        months.received(organizationId, store.id().value(), LocalDate.ofInstant(at, zone));
        WorkOrder order = new WorkOrder(
                organizationId,
                numbers.next(store.id().value(), store.code(), LocalDate.ofInstant(at, zone)),
                new NewWorkOrder(
                        store.id(),
                        vehicle.customerId(),
                        vehicle.assetId(),
                        job.type(),
                        job.complaint(),
                        null,
                        20 + random.nextInt(80),
                        null,
                        null,
                        at.plus(Duration.ofHours(4 + random.nextInt(60))),
                        comebackOf),
                vehicle.customerName(),
                vehicle.label(),
                warranty,
                warranty ? "COVERED" : "EXPIRED",
                properties.taxRate(),
                properties.inspectionFor(job.type()),
                Identifier.valueOf(comebackOf),
                advisor,
                at);
        PayType pay = warranty ? PayType.WARRANTY : comebackOf != null ? PayType.GOODWILL : PayType.CUSTOMER;
        Instant t = at.plusSeconds(600);
        WorkOrderLine labour = order.addLine(
                NewLine.of(LineKind.LABOR, job.labour(), new BigDecimal(job.hours()), new BigDecimal("300"), pay),
                advisor,
                t);
        order.addLine(
                new NewLine(
                        LineKind.PART,
                        job.part(),
                        BigDecimal.ONE,
                        new BigDecimal(job.price()),
                        pay,
                        null,
                        job.number(),
                        true,
                        null),
                advisor,
                t);
        WorkOrderLine extra = random.nextInt(3) == 0
                ? order.addLine(
                        NewLine.of(LineKind.LABOR, "四轮定位", BigDecimal.ONE, new BigDecimal("280"), PayType.CUSTOMER),
                        advisor,
                        t)
                : null;
        if (advance(order, target, WorkOrderStatus.RECEIVED)) {
            return new WorkOrderId(save(order));
        }
        order.estimate(advisor, t = t.plusSeconds(900));
        if (advance(order, target, WorkOrderStatus.ESTIMATED)) {
            return new WorkOrderId(save(order));
        }
        List<UUID> approved = new ArrayList<>();
        List<UUID> declined = new ArrayList<>();
        order.toView(t).estimate().lines().forEach(l -> approved.add(l.id().value()));
        if (extra != null) {
            approved.remove(extra.id());
            declined.add(extra.id());
        }
        order.approve(
                approved,
                declined,
                "客户",
                random.nextBoolean() ? ApprovalChannel.DESK : ApprovalChannel.LINK,
                advisor,
                t = t.plusSeconds(1200));
        if (target == WorkOrderStatus.CANCELLED) {
            order.cancel("客户改约", advisor, t.plusSeconds(600));
            months.cancelled(organizationId, store.id().value(), LocalDate.ofInstant(t.plusSeconds(600), zone));
            return new WorkOrderId(save(order));
        }
        if (advance(order, target, WorkOrderStatus.APPROVED) || technicians.isEmpty()) {
            return new WorkOrderId(save(order));
        }
        StaffMember lead = technicians.get(random.nextInt(technicians.size()));
        Actor leadActor = new Actor(lead.id().value(), lead.displayName(), false);
        order.dispatch(lead.id().value(), List.of(), (1 + random.nextInt(8)) + "号工位", advisor, t = t.plusSeconds(600));
        if (advance(order, target, WorkOrderStatus.DISPATCHED)) {
            return new WorkOrderId(save(order));
        }
        order.start(leadActor, t = t.plusSeconds(600));
        order.clockOn(lead.id().value(), labour.id(), t);
        order.log(
                "拆检确认故障点",
                labour.id(),
                ROOT_CAUSES.get(random.nextInt(ROOT_CAUSES.size())),
                leadActor,
                t = t.plusSeconds(2400));
        if (target == WorkOrderStatus.ON_HOLD) {
            order.hold("等待配件", leadActor, t.plusSeconds(600));
            return new WorkOrderId(save(order));
        }
        if (advance(order, target, WorkOrderStatus.IN_PROGRESS)) {
            return new WorkOrderId(save(order));
        }
        order.submitForQualityCheck(leadActor, t = t.plusSeconds(1800));
        if (advance(order, target, WorkOrderStatus.QUALITY_CHECK)) {
            return new WorkOrderId(save(order));
        }
        order.passQualityCheck("复检合格", advisor, t = t.plusSeconds(900));
        order.complete("路试 5 公里，功能正常", advisor, t = t.plusSeconds(900));
        if (advance(order, target, WorkOrderStatus.COMPLETED)) {
            return new WorkOrderId(save(order));
        }
        BigDecimal due = order.toView(t).estimate().amountDue();
        List<PaymentLine> payments = due.signum() > 0
                ? List.of(new PaymentLine(PaymentMethod.values()[random.nextInt(PaymentMethod.values().length)], due))
                : List.of();
        order.settle(payments, advisor, t = t.plusSeconds(600));
        if (advance(order, target, WorkOrderStatus.SETTLED)) {
            return new WorkOrderId(save(order));
        }
        order.deliver("客户", null, advisor, t.plusSeconds(600));
        months.delivered(organizationId, store.id().value(), LocalDate.ofInstant(t.plusSeconds(600), zone), due);
        return new WorkOrderId(save(order));
    }

    /** Whether the lane should stop here for this work order. */
    private static boolean advance(WorkOrder order, WorkOrderStatus target, WorkOrderStatus reached) {
        return target == reached && order.status() == reached;
    }

    private UUID save(WorkOrder order) {
        workOrders.save(order);
        return order.id();
    }
}
