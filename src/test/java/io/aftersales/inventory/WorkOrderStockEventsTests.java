package io.aftersales.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.workorder.ApprovalChannel;
import io.aftersales.workorder.PartLineAdded;
import io.aftersales.workorder.PartLineRemoved;
import io.aftersales.workorder.WorkOrderApproved;
import io.aftersales.workorder.WorkOrderCancelled;
import io.aftersales.workorder.WorkOrderCompleted;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderLineId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The inventory follows a work order's part lines through the events the lane publishes, in the transaction of the
 * step that published them; the module runs with what it depends on and nothing else (no feedback).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class WorkOrderStockEventsTests {

    @Autowired
    PartCatalogue parts;

    @Autowired
    StockManagement stock;

    @Autowired
    JdbcClient jdbc;

    private UUID organization;
    private UUID store;
    private UUID part;
    private final UUID workOrder = Ids.newId();
    private final Instant now = Instant.parse("2026-12-04T08:00:00Z");

    @BeforeEach
    void aPartWithFiveInStock() {
        organization = jdbc.sql("select id from organization order by created_at limit 1")
                .query(UUID.class)
                .single();
        store = jdbc.sql("select id from store where organization_id = ? order by code limit 1")
                .param(organization)
                .query(UUID.class)
                .single();
        part = asSystem(() -> {
            UUID id = parts.create(new NewPart(
                            "EVT-" + Ids.newId().toString().substring(24),
                            "正时皮带",
                            null,
                            true,
                            null,
                            "件",
                            new BigDecimal("100"),
                            new BigDecimal("180"),
                            null,
                            null,
                            null))
                    .id()
                    .value();
            stock.receive(new StoreId(store), new PartId(id), new BigDecimal("5"), new BigDecimal("100"), "入库");
            return id;
        });
    }

    @Test
    void aPartLineAddedHoldsItsQuantity(Scenario scenario) {
        UUID line = Ids.newId();
        asSystem(() -> scenario.publish(added(line, "2"))
                .andWaitForStateChange(() -> asSystem(() -> level().reserved()), this::positive)
                .andVerify(reserved -> assertThat(reserved).isEqualByComparingTo("2")));
    }

    @Test
    void aRemovedLineLetsItsQuantityGo(Scenario scenario) {
        UUID line = Ids.newId();
        asSystem(() -> scenario.publish(added(line, "2"))
                .andWaitForStateChange(() -> asSystem(() -> level().reserved()), this::positive));
        asSystem(() -> scenario.publish(new PartLineRemoved(
                        new OrganizationId(organization), new WorkOrderId(workOrder), new WorkOrderLineId(line), now))
                .andWaitForStateChange(() -> asSystem(() -> level().reserved()), r -> r.signum() == 0)
                .andVerify(reserved -> assertThat(reserved).isZero()));
    }

    @Test
    void aDeclinedLineLetsItsQuantityGoAndAnApprovedOneKeepsIt(Scenario scenario) {
        UUID approved = Ids.newId();
        UUID declined = Ids.newId();
        asSystem(() -> scenario.stimulate(() -> {
                    stock.reserveLine(
                            new StoreId(store),
                            new PartId(part),
                            BigDecimal.ONE,
                            new WorkOrderId(workOrder),
                            new WorkOrderLineId(approved));
                    stock.reserveLine(
                            new StoreId(store),
                            new PartId(part),
                            new BigDecimal("3"),
                            new WorkOrderId(workOrder),
                            new WorkOrderLineId(declined));
                })
                .andWaitForStateChange(() -> asSystem(() -> level().reserved()), r -> r.intValue() == 4));
        asSystem(() -> scenario.publish(new WorkOrderApproved(
                        new OrganizationId(organization),
                        new WorkOrderId(workOrder),
                        new StoreId(store),
                        new CustomerId(Ids.newId()),
                        new UserId(Ids.newId()),
                        List.of(new WorkOrderLineId(approved)),
                        List.of(new WorkOrderLineId(declined)),
                        ApprovalChannel.DESK,
                        BigDecimal.TEN,
                        now))
                .andWaitForStateChange(() -> asSystem(() -> level().reserved()), r -> r.intValue() == 1)
                .andVerify(reserved -> assertThat(reserved).isEqualByComparingTo("1")));
    }

    @Test
    void aCompletedWorkOrderIssuesWhatItHolds(Scenario scenario) {
        asSystem(() -> scenario.publish(added(Ids.newId(), "2"))
                .andWaitForStateChange(() -> asSystem(() -> level().reserved()), this::positive));
        asSystem(() -> scenario.publish(new WorkOrderCompleted(
                        new OrganizationId(organization),
                        new WorkOrderId(workOrder),
                        new StoreId(store),
                        new UserId(Ids.newId()),
                        null,
                        List.of(),
                        now))
                .andWaitForStateChange(
                        () -> asSystem(this::level), level -> level.onHand().intValue() == 3)
                .andVerify(level -> {
                    assertThat(level.onHand()).isEqualByComparingTo("3");
                    assertThat(level.reserved()).isZero();
                }));
    }

    @Test
    void aCancelledWorkOrderLetsEverythingGo(Scenario scenario) {
        UUID first = Ids.newId();
        UUID second = Ids.newId();
        asSystem(() -> scenario.stimulate(() -> {
                    stock.reserveLine(
                            new StoreId(store),
                            new PartId(part),
                            BigDecimal.ONE,
                            new WorkOrderId(workOrder),
                            new WorkOrderLineId(first));
                    stock.reserveLine(
                            new StoreId(store),
                            new PartId(part),
                            BigDecimal.ONE,
                            new WorkOrderId(workOrder),
                            new WorkOrderLineId(second));
                })
                .andWaitForStateChange(() -> asSystem(() -> level().reserved()), r -> r.intValue() == 2));
        asSystem(() -> scenario.publish(new WorkOrderCancelled(
                        new OrganizationId(organization),
                        new WorkOrderId(workOrder),
                        new StoreId(store),
                        new UserId(Ids.newId()),
                        List.of(new WorkOrderLineId(first), new WorkOrderLineId(second)),
                        "客户改约",
                        now))
                .andWaitForStateChange(() -> asSystem(() -> level().reserved()), r -> r.signum() == 0)
                .andVerify(reserved -> assertThat(reserved).isZero()));
        assertThat(asSystem(this::level).onHand()).isEqualByComparingTo("5");
    }

    private PartLineAdded added(UUID line, String quantity) {
        return new PartLineAdded(
                new OrganizationId(organization),
                new WorkOrderId(workOrder),
                new StoreId(store),
                new WorkOrderLineId(line),
                new PartId(part),
                new BigDecimal(quantity),
                now);
    }

    private StockView level() {
        return stock.stock(new StoreId(store), new PartId(part), false, 0, 1)
                .items()
                .get(0);
    }

    private boolean positive(BigDecimal value) {
        return value.signum() > 0;
    }

    private <T> T asSystem(Supplier<T> work) {
        return SystemUser.callAs(new OrganizationId(organization), List.of(new StoreId(store)), work);
    }

    private void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }
}
