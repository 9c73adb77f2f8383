package io.aftersales.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class WorkOrderHistoryIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    WorkOrderHistory history;

    @Autowired
    WorkOrderManagement workOrders;

    @Autowired
    OrganizationManagement organization;

    @Test
    void aPastJobKeepsItsTimesAndCountsInTheMonthItHappened() {
        Workshop shop = new Workshop(api);
        Instant received = Instant.now().minus(Duration.ofDays(400)).truncatedTo(ChronoUnit.SECONDS);
        Instant delivered = received.plus(Duration.ofHours(30));
        WorkOrderId id = as(shop, () -> {
            PastWorkOrder job = history.receive(repair(shop), new UserId(shop.tenant.adminId()), received);
            WorkOrderLineId labour = job.addLine(
                    NewLine.of(LineKind.LABOR, "更换水泵", BigDecimal.ONE, new BigDecimal("300"), PayType.CUSTOMER),
                    received.plusSeconds(600));
            job.estimate(received.plusSeconds(900))
                    .approve(List.of(), "张伟", ApprovalChannel.DESK, received.plusSeconds(1800))
                    .dispatch(new UserId(shop.technician.id()), "2号工位", received.plusSeconds(2400))
                    .start(labour, received.plusSeconds(3000))
                    .log("拆检确认水泵轴封损坏", labour, "轴封老化", received.plusSeconds(6000))
                    .submitForQualityCheck(received.plusSeconds(9000))
                    .passQualityCheck("复检合格", received.plusSeconds(9600))
                    .complete("路试正常", received.plusSeconds(10_000))
                    .settle(PaymentMethod.CARD, received.plusSeconds(10_800))
                    .deliver("张伟", delivered);
            return history.save(job);
        });

        WorkOrderView view = as(shop, () -> workOrders.get(id));
        assertThat(view.header().status()).isEqualTo(WorkOrderStatus.DELIVERED);
        assertThat(view.header().createdAt()).isEqualTo(received);
        assertThat(view.settlement().deliveredAt()).isEqualTo(delivered);

        ZoneId zone = as(shop, () -> organization.zoneOf(shop.tenant.storeId()));
        YearMonth receivedIn = YearMonth.from(received.atZone(zone));
        YearMonth deliveredIn = YearMonth.from(delivered.atZone(zone));
        List<StoreMonth> figures =
                as(shop, () -> workOrders.monthlyFigures(receivedIn, deliveredIn, shop.tenant.storeId()));
        assertThat(figures)
                .filteredOn(m -> m.month().equals(receivedIn))
                .singleElement()
                .satisfies(m -> assertThat(m.received()).isEqualTo(1));
        assertThat(figures)
                .filteredOn(m -> m.month().equals(deliveredIn))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.delivered()).isEqualTo(1);
                    assertThat(m.outputValue())
                            .isEqualByComparingTo(view.estimate().amountDue());
                });
        assertThat(view.estimate().amountDue()).isPositive();
    }

    @Test
    void aStepOutOfTurnIsRefusedAndOnlyAnAdministratorImportsHistory() {
        Workshop shop = new Workshop(api);
        Instant received = Instant.now().minus(Duration.ofDays(30));
        assertThatThrownBy(() -> as(
                        shop,
                        () -> history.receive(repair(shop), new UserId(shop.tenant.adminId()), received)
                                .deliver("张伟", received.plusSeconds(60))))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> as(shop, () -> history.receive(repair(shop), new UserId(UUID.randomUUID()), received)))
                .isInstanceOf(DomainException.class);

        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        api.signedIn(shop.technician.username()),
                        null,
                        api.signedIn(shop.technician.username()).getAuthorities()));
        try {
            assertThatThrownBy(() -> history.receive(repair(shop), new UserId(shop.technician.id()), received))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static NewWorkOrder repair(Workshop shop) {
        return new NewWorkOrder(
                shop.tenant.storeId(),
                new CustomerId(UUID.fromString(shop.customerId)),
                new AssetId(UUID.fromString(shop.assetId)),
                ServiceType.REPAIR,
                "水泵漏水",
                42_000,
                null,
                null,
                null,
                null,
                null);
    }

    private static <T> T as(Workshop shop, Supplier<T> work) {
        return SystemUser.callAs(new OrganizationId(shop.tenant.id()), List.of(shop.tenant.storeId()), work);
    }
}
