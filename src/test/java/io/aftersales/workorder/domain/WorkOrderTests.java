package io.aftersales.workorder.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.workorder.ApprovalChannel;
import io.aftersales.workorder.LineKind;
import io.aftersales.workorder.NewLine;
import io.aftersales.workorder.NewWorkOrder;
import io.aftersales.workorder.PayType;
import io.aftersales.workorder.PayTypeTotal;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The work order's own rules, without Spring or a database. */
class WorkOrderTests {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private final Actor advisor = new Actor(UUID.randomUUID(), "顾问", false);
    private final Actor manager = new Actor(UUID.randomUUID(), "经理", true);
    private final UUID lead = UUID.randomUUID();

    private WorkOrder received(ServiceType type, boolean underWarranty) {
        NewWorkOrder request = new NewWorkOrder(
                new StoreId(UUID.randomUUID()),
                new CustomerId(UUID.randomUUID()),
                new AssetId(UUID.randomUUID()),
                type,
                "异响",
                1000,
                50,
                null,
                null,
                null,
                null,
                null);
        return new WorkOrder(
                UUID.randomUUID(),
                "S01-20261126-0001",
                request,
                "张伟",
                "沪A12345",
                underWarranty,
                underWarranty ? "COVERED" : "EXPIRED",
                new BigDecimal("0.13"),
                List.of("灯光"),
                null,
                advisor,
                advisor,
                NOW);
    }

    private WorkOrder dispatched(ServiceType type) {
        WorkOrder order = received(type, true);
        WorkOrderLine job = order.addLine(
                NewLine.of(LineKind.LABOR, "检查", BigDecimal.ONE, new BigDecimal("300"), PayType.CUSTOMER),
                advisor,
                NOW);
        order.estimate(advisor, NOW);
        order.approve(List.of(job.id()), List.of(), "张伟", ApprovalChannel.DESK, advisor, NOW);
        order.dispatch(lead, List.of(), "1号工位", null, advisor, NOW);
        return order;
    }

    @Test
    void totalsArePerPayerWithTaxAndTheCustomerPaysOnlyTheirOwnLines() {
        WorkOrder order = received(ServiceType.REPAIR, true);
        order.addLine(
                NewLine.of(LineKind.LABOR, "更换", new BigDecimal("1.5"), new BigDecimal("300"), PayType.CUSTOMER),
                advisor,
                NOW);
        order.addLine(
                NewLine.of(LineKind.PART, "配件", BigDecimal.ONE, new BigDecimal("100"), PayType.WARRANTY)
                        .withPartNumber("P-1"),
                advisor,
                NOW);
        List<PayTypeTotal> totals = order.totals();
        assertThat(totals).extracting(PayTypeTotal::payType).containsExactly(PayType.CUSTOMER, PayType.WARRANTY);
        assertThat(totals.get(0).gross()).isEqualByComparingTo("508.50");
        assertThat(totals.get(1).gross()).isEqualByComparingTo("113.00");
        assertThat(order.toView(NOW).estimate().amountDue()).isEqualByComparingTo("508.50");
    }

    @Test
    void holdReturnsToTheStateItWasHeldFrom() {
        WorkOrder order = dispatched(ServiceType.REPAIR);
        order.hold("等待配件", advisor, NOW);
        assertThat(order.status()).isEqualTo(WorkOrderStatus.ON_HOLD);
        order.resume(advisor, NOW);
        assertThat(order.status()).isEqualTo(WorkOrderStatus.DISPATCHED);
        order.start(advisor, NOW);
        order.hold("等待客户", advisor, NOW);
        order.resume(advisor, NOW);
        assertThat(order.status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
    }

    @Test
    void anOnSiteJobLeavesOnlyWithItsChecklistTicked() {
        WorkOrder order = received(ServiceType.ON_SITE, true);
        order.plan("更换压缩机", "断电、拆卸、安装、试机", List.of("万用表", "压缩机"), NOW);
        WorkOrderLine job = order.addLine(
                NewLine.of(LineKind.LABOR, "上门更换", BigDecimal.ONE, new BigDecimal("500"), PayType.CUSTOMER),
                advisor,
                NOW);
        order.estimate(advisor, NOW);
        order.approve(List.of(job.id()), List.of(), "李总", ApprovalChannel.DESK, advisor, NOW);
        order.dispatch(lead, List.of(), null, null, advisor, NOW);
        order.tickChecklist(List.of(0), NOW);
        assertThatThrownBy(() -> order.start(advisor, NOW))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("checklist-not-ticked");
        order.tickChecklist(List.of(0, 1), NOW);
        order.start(advisor, NOW);
        assertThat(order.status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
    }

    @Test
    void aFailedQualityCheckSendsTheWorkBackAndClockedTimeIsCounted() {
        WorkOrder order = dispatched(ServiceType.MAINTENANCE);
        order.start(advisor, NOW);
        UUID job = order.toView(NOW).estimate().lines().get(0).id().value();
        order.clockOn(lead, job, NOW);
        order.submitForQualityCheck(advisor, NOW.plusSeconds(5400));
        assertThat(order.toView(NOW).estimate().lines().get(0).actualHours()).isEqualByComparingTo("1.50");
        order.failQualityCheck("未紧固", manager, NOW);
        assertThat(order.status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
        assertThatThrownBy(() -> order.clockOn(UUID.randomUUID(), null, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void settledAndDeliveredWorkOrdersCannotBeCancelled() {
        WorkOrder order = dispatched(ServiceType.MAINTENANCE);
        order.start(advisor, NOW);
        order.submitForQualityCheck(advisor, NOW);
        order.passQualityCheck(null, manager, NOW);
        order.complete("正常", manager, NOW);
        order.settle(List.of(), advisor, NOW);
        assertThat(order.toView(NOW).settlement().amountOwed()).isEqualByComparingTo("339.00");
        long historyBefore = order.toView(NOW).history().size();
        assertThatThrownBy(() -> order.cancel("客户不要了", advisor, NOW)).isInstanceOf(DomainException.class);
        assertThat(order.toView(NOW).history()).hasSize((int) historyBefore);
        assertThat(order.status()).isEqualTo(WorkOrderStatus.SETTLED);
    }

    @Test
    void everyOpenLineMustBeDecidedAndSomethingMustRemainToDo() {
        WorkOrder order = received(ServiceType.REPAIR, true);
        WorkOrderLine a = order.addLine(
                NewLine.of(LineKind.LABOR, "A", BigDecimal.ONE, BigDecimal.TEN, PayType.CUSTOMER), advisor, NOW);
        WorkOrderLine b = order.addLine(
                NewLine.of(LineKind.LABOR, "B", BigDecimal.ONE, BigDecimal.TEN, PayType.CUSTOMER), advisor, NOW);
        order.estimate(advisor, NOW);
        assertThatThrownBy(() -> order.approve(List.of(a.id()), List.of(), "张伟", ApprovalChannel.DESK, advisor, NOW))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("undecided-lines");
        assertThatThrownBy(() ->
                        order.approve(List.of(), List.of(a.id(), b.id()), "张伟", ApprovalChannel.DESK, advisor, NOW))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("everything-declined");
        assertThat(order.status()).isEqualTo(WorkOrderStatus.ESTIMATED);
    }
}
