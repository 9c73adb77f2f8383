package io.aftersales.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.asset.AssetKind;
import io.aftersales.asset.AssetManagement;
import io.aftersales.asset.AssetView;
import io.aftersales.asset.NewAsset;
import io.aftersales.customer.CustomerDetails;
import io.aftersales.customer.CustomerType;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.workorder.JobFigures;
import io.aftersales.workorder.PayType;
import io.aftersales.workorder.PayTypeTotal;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.WorkOrderDelivered;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkshopStock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A delivered job's event alone is enough for the feedback loop: the follow-up and the reminders come from what it
 * carries (the work order it names does not even exist here), and a second delivery of the same event, as a
 * resubmission would make, changes nothing.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class DeliveredJobEventsTests {

    @Autowired
    AssetManagement assets;

    @Autowired
    JdbcClient jdbc;

    /** The inventory is not part of this test; nothing here reads stock. */
    @MockitoBean
    WorkshopStock stock;

    @Test
    void aDeliveredJobGetsOneFollowUpAndItsRemindersEvenWhenTheEventComesTwice(Scenario scenario) {
        UUID organization = jdbc.sql("select id from organization order by created_at limit 1")
                .query(UUID.class)
                .single();
        UUID store = jdbc.sql("select id from store where organization_id = ? order by code limit 1")
                .param(organization)
                .query(UUID.class)
                .single();
        AssetView car = SystemUser.callAs(
                new OrganizationId(organization),
                List.of(new StoreId(store)),
                () -> assets.registerWithNewCustomer(
                                new CustomerDetails(
                                        CustomerType.PERSON,
                                        "周晓梅",
                                        List.of("139"
                                                + (10_000_000
                                                        + ThreadLocalRandom.current()
                                                                .nextInt(89_999_999))),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null),
                                new NewAsset(
                                        null,
                                        AssetKind.VEHICLE,
                                        null,
                                        "沪A"
                                                + (10_000
                                                        + ThreadLocalRandom.current()
                                                                .nextInt(89_999)),
                                        null,
                                        "上汽大众",
                                        "帕萨特",
                                        2022,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        30_000))
                        .asset());
        UUID workOrder = Ids.newId();
        Instant deliveredAt = Instant.parse("2026-12-01T09:00:00Z");
        WorkOrderDelivered delivered = new WorkOrderDelivered(
                new OrganizationId(organization),
                new WorkOrderId(workOrder),
                "SH01-20261201-001",
                new StoreId(store),
                car.customerId(),
                "周晓梅",
                car.id(),
                car.label(),
                ServiceType.MAINTENANCE,
                new UserId(Ids.newId()),
                null,
                31_000,
                List.of("更换前制动片"),
                List.of(new PayTypeTotal(
                        PayType.CUSTOMER, new BigDecimal("500"), new BigDecimal("65"), new BigDecimal("565"))),
                new JobFigures(
                        new BigDecimal("300"),
                        new BigDecimal("200"),
                        new BigDecimal("200"),
                        BigDecimal.ZERO,
                        new BigDecimal("1.5"),
                        new BigDecimal("1.2")),
                List.of(),
                new BigDecimal("565"),
                BigDecimal.ZERO,
                null,
                deliveredAt.minusSeconds(7200),
                deliveredAt);

        for (int delivery = 1; delivery <= 2; delivery++) {
            scenario.publish(delivered)
                    .andWaitForStateChange(() -> state(workOrder), State::settled)
                    .andVerify(state -> {
                        assertThat(state.followUps()).isEqualTo(1);
                        assertThat(state.pendingReminders()).containsExactlyInAnyOrder("MAINTENANCE", "DECLINED_WORK");
                    });
        }
    }

    /** What the feedback loop holds for the job, once every event publication is complete. */
    record State(int followUps, List<String> pendingReminders, int unfinishedPublications) {

        boolean settled() {
            return followUps == 1 && pendingReminders.size() == 2 && unfinishedPublications == 0;
        }
    }

    private State state(UUID workOrder) {
        return new State(
                jdbc.sql("select count(*) from follow_up where work_order_id = ?")
                        .param(workOrder)
                        .query(Integer.class)
                        .single(),
                jdbc.sql("select kind from reminder where work_order_id = ? and status = 'PENDING'")
                        .param(workOrder)
                        .query(String.class)
                        .list(),
                jdbc.sql("select count(*) from event_publication where completion_date is null")
                        .query(Integer.class)
                        .single());
    }
}
