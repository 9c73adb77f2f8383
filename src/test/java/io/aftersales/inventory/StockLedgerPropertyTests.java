package io.aftersales.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aftersales.AfterSalesApplication;
import io.aftersales.organization.NewOrganization;
import io.aftersales.organization.NewStore;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.OrganizationSetUp;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.support.Api;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderLineId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Random sequences of receipts, reservations, releases, issues, returns, adjustments and transfers over two stores,
 * run through {@link StockManagement} on the real database (H2 or PostgreSQL, as the suite's profile says): after
 * every step on hand equals the sum of the ledger, nothing is negative or over-reserved, and the stock matches a
 * simple model — a step the model refuses is refused with 409 and changes nothing.
 */
class StockLedgerPropertyTests {

    private static ConfigurableApplicationContext context;
    private static StockManagement stock;
    private static PartCatalogue catalogue;
    private static OrganizationId organization;
    private static List<StoreId> stores;

    enum Kind {
        RECEIVE,
        RESERVE,
        RELEASE,
        ISSUE,
        RETURN,
        ADJUST,
        TRANSFER
    }

    record Step(Kind kind, int store, int quantity, int pick) {}

    @BeforeContainer
    static void start() {
        context = SpringApplication.run(AfterSalesApplication.class, "--server.port=0");
        stock = context.getBean(StockManagement.class);
        catalogue = context.getBean(PartCatalogue.class);
        OrganizationManagement organizations = context.getBean(OrganizationManagement.class);
        SignedInUser platform = new SignedInUser(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "platform",
                "platform",
                Set.of(Role.ADMIN),
                List.of(),
                true,
                true,
                null);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(platform, null, platform.getAuthorities()));
        try {
            OrganizationSetUp setUp = organizations.createOrganization(new NewOrganization(
                    Api.unique("stockorg"), "P01", "一号店", null, Api.unique("stockboss"), Api.PASSWORD));
            organization = setUp.id();
            StoreId second = SystemUser.callAs(
                    organization,
                    List.of(),
                    () -> organizations
                            .createStore(new NewStore("P02", "二号店", null))
                            .id());
            stores = List.of(setUp.storeId(), second);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @AfterContainer
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                        Arbitraries.of(Kind.class),
                        Arbitraries.integers().between(0, 1),
                        Arbitraries.integers().between(1, 8),
                        Arbitraries.integers().between(0, 20))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 40)
    void onHandIsTheSumOfTheLedgerAndNeverNegative(@ForAll("steps") List<Step> steps) {
        as(() -> {
            UUID part = catalogue
                    .create(new NewPart(
                            Api.unique("P-"),
                            "机油滤清器",
                            null,
                            true,
                            null,
                            null,
                            BigDecimal.TEN,
                            BigDecimal.TEN,
                            null,
                            null,
                            null))
                    .id()
                    .value();
            int[] onHand = new int[2];
            int[] reserved = new int[2];
            List<int[]> open = new ArrayList<>(); // {store, quantity}
            List<UUID> openIds = new ArrayList<>();
            for (Step s : steps) {
                int store = s.store();
                int other = 1 - store;
                int q = s.quantity();
                StoreId storeId = stores.get(store);
                switch (s.kind()) {
                    case RECEIVE -> {
                        stock.receive(
                                storeId, new PartId(part), BigDecimal.valueOf(q), BigDecimal.valueOf(10 + q), null);
                        onHand[store] += q;
                    }
                    case RESERVE -> {
                        boolean fits = onHand[store] - reserved[store] >= q;
                        if (fits) {
                            // As a work order's part line holds stock (a reservation naming a work order must name
                            // one that exists; the line's does): it holds at once when the stock is there.
                            UUID workOrder = UUID.randomUUID();
                            ReservationView r = stock.reserveLine(
                                    storeId,
                                    new PartId(part),
                                    BigDecimal.valueOf(q),
                                    new WorkOrderId(workOrder),
                                    new WorkOrderLineId(UUID.randomUUID()));
                            assertThat(r.status())
                                    .as("reserved %d of %d available", q, onHand[store] - reserved[store])
                                    .isEqualTo(ReservationStatus.ACTIVE);
                            reserved[store] += q;
                            open.add(new int[] {store, q});
                            openIds.add(workOrder);
                        } else {
                            assertThatThrownBy(
                                            () -> stock.reserve(storeId, new PartId(part), BigDecimal.valueOf(q), null))
                                    .as("refused %d of %d available", q, onHand[store] - reserved[store])
                                    .isInstanceOf(InsufficientStockException.class);
                        }
                    }
                    case RELEASE, ISSUE -> {
                        if (open.isEmpty()) {
                            continue;
                        }
                        int i = s.pick() % open.size();
                        int[] r = open.remove(i);
                        UUID workOrder = openIds.remove(i);
                        if (s.kind() == Kind.RELEASE) {
                            stock.releaseWorkOrder(new WorkOrderId(workOrder));
                        } else {
                            stock.issueWorkOrder(new WorkOrderId(workOrder));
                            onHand[r[0]] -= r[1];
                        }
                        reserved[r[0]] -= r[1];
                    }
                    case RETURN -> {
                        stock.adjust(storeId, new PartId(part), BigDecimal.valueOf(q), MovementType.RETURN, "退回");
                        onHand[store] += q;
                    }
                    case ADJUST -> {
                        boolean fits = onHand[store] - q >= reserved[store];
                        try {
                            stock.adjust(
                                    storeId, new PartId(part), BigDecimal.valueOf(-q), MovementType.ADJUSTMENT, "盘亏");
                            assertThat(fits).isTrue();
                            onHand[store] -= q;
                        } catch (InsufficientStockException e) {
                            assertThat(fits).isFalse();
                        }
                    }
                    case TRANSFER -> {
                        boolean fits = onHand[store] - q >= reserved[store];
                        try {
                            stock.transfer(storeId, stores.get(other), new PartId(part), BigDecimal.valueOf(q), null);
                            assertThat(fits).isTrue();
                            onHand[store] -= q;
                            onHand[other] += q;
                        } catch (InsufficientStockException e) {
                            assertThat(fits).isFalse();
                        }
                    }
                }
                for (int i = 0; i < 2; i++) {
                    BigDecimal ledger = stock.ledgerSum(stores.get(i), new PartId(part));
                    List<StockView> rows = stock.stock(stores.get(i), new PartId(part), false, 0, 1)
                            .items();
                    BigDecimal actualOnHand =
                            rows.isEmpty() ? BigDecimal.ZERO : rows.get(0).onHand();
                    BigDecimal actualReserved =
                            rows.isEmpty() ? BigDecimal.ZERO : rows.get(0).reserved();
                    assertThat(actualOnHand).isEqualByComparingTo(ledger);
                    assertThat(actualOnHand).isEqualByComparingTo(BigDecimal.valueOf(onHand[i]));
                    assertThat(actualReserved).isEqualByComparingTo(BigDecimal.valueOf(reserved[i]));
                    assertThat(actualOnHand.signum()).isGreaterThanOrEqualTo(0);
                    assertThat(actualReserved).isLessThanOrEqualTo(actualOnHand);
                }
            }
            return null;
        });
    }

    private static <T> T as(Supplier<T> work) {
        return SystemUser.callAs(organization, stores, work);
    }
}
