package io.aftersales.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class DemoDataIntegrationTests {

    @Autowired
    DemoStart demo;

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoOrganisationHasTwoStoresAndAUserOfEveryRoleWithTheDocumentedPassword() {
        CompletableFuture<Void> loading = demo.load("demoadmin", "Configured-admin-2026");

        // AFTERSALES_ADMIN_PASSWORD still sets the administrator's password when the demo data is on.
        assertThat(api.requestToken("demoadmin", "Configured-admin-2026")).hasStatusOk();
        assertThat(api.requestToken("demoadmin", DemoOrganization.PASSWORD)).hasStatus(401);

        String hq = api.token("hq", DemoOrganization.PASSWORD);
        MvcTestResult stores = api.get(hq, "/api/v1/stores");
        assertThat(Api.<List<String>>read(stores, "$.items[*].code")).containsExactly("SH01", "SH02");

        String manager = api.token("manager", DemoOrganization.PASSWORD);
        MvcTestResult users = api.get(manager, "/api/v1/users?size=200");
        List<List<String>> roles = Api.read(users, "$.items[*].roles");
        Set<String> covered = new HashSet<>();
        roles.forEach(covered::addAll);
        for (Role role : Role.values()) {
            assertThat(covered).contains(role.name());
        }
        for (String username :
                List.of("advisor", "tech", "parts", "followup", "sales", "finance", "tech2", "qc", "foreman")) {
            assertThat(api.requestToken(username, DemoOrganization.PASSWORD)).hasStatusOk();
        }

        // Customers and vehicles follow through the asset module, made by the same facades as the front desk.
        String advisor = api.token("advisor", DemoOrganization.PASSWORD);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(Api.<Integer>read(api.get(advisor, "/api/v1/customers?size=1"), "$.total"))
                                .isEqualTo(300));
        MvcTestResult companies = api.get(advisor, "/api/v1/customers?q={q}&size=200", "有限公司");
        assertThat(Api.<List<Boolean>>read(companies, "$.items[*].contacts[*].decisionMaker"))
                .contains(true);
        String customerId = Api.<List<String>>read(companies, "$.items[*].id").get(0);
        MvcTestResult vehicles = api.get(advisor, "/api/v1/assets?customerId={id}", customerId);
        assertThat(Api.<Integer>read(vehicles, "$.total")).isGreaterThanOrEqualTo(2);
        String plate = Api.read(vehicles, "$.items[0].plate");
        MvcTestResult found = api.get(advisor, "/api/v1/search?q={q}", plate);
        assertThat(Api.<List<String>>read(found, "$.assets[*].plate")).contains(plate);

        // The demo's work orders are counted in the monthly figures as they are made.
        String from = YearMonth.now().minusMonths(24).toString();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            int received = Api.<List<Integer>>read(
                            api.get(hq, "/api/v1/work-orders/monthly?from={f}", from), "$[*].received")
                    .stream()
                    .mapToInt(Integer::intValue)
                    .sum();
            int delivered = Api.<List<Integer>>read(
                            api.get(hq, "/api/v1/work-orders/monthly?from={f}", from), "$[*].delivered")
                    .stream()
                    .mapToInt(Integer::intValue)
                    .sum();
            assertThat(received)
                    .isPositive()
                    .isEqualTo(Api.<Integer>read(api.get(hq, "/api/v1/work-orders?size=1"), "$.total"));
            assertThat(delivered)
                    .isPositive()
                    .isEqualTo(
                            Api.<Integer>read(api.get(hq, "/api/v1/work-orders?size=1&status=DELIVERED"), "$.total"));
        });
        assertThat(loading).succeedsWithin(Duration.ofMinutes(3));
        // The history runs over eighteen months, each job counted in the month it was received.
        List<Integer> perMonth = Api.read(api.get(hq, "/api/v1/work-orders/monthly?from={f}", from), "$[*].received");
        assertThat(perMonth.stream().filter(n -> n > 0).count()).isGreaterThanOrEqualTo(17);

        // The feedback loop follows: follow-ups answered or not reached, complaints from low answers, old ones closed
        // after a verification call, the last days' jobs not yet called.

        String agent = api.token("followup", DemoOrganization.PASSWORD);
        assertThat(Api.<Integer>read(
                        api.get(agent, "/api/v1/follow-ups?status=DONE&kind=AFTER_SERVICE&size=1"), "$.total"))
                .isGreaterThan(200);
        assertThat(Api.<Integer>read(api.get(agent, "/api/v1/follow-ups?status=UNREACHABLE&size=1"), "$.total"))
                .isPositive();
        assertThat(Api.<Integer>read(
                        api.get(agent, "/api/v1/follow-ups?status=OPEN&kind=AFTER_SERVICE&size=1"), "$.total"))
                .isPositive();
        assertThat(Api.<Integer>read(
                        api.get(agent, "/api/v1/follow-ups?status=DONE&kind=VERIFICATION&size=1"), "$.total"))
                .isPositive();
        assertThat(Api.<Integer>read(api.get(agent, "/api/v1/complaints?status=CLOSED&size=1"), "$.total"))
                .isPositive();
        assertThat(Api.<Integer>read(api.get(agent, "/api/v1/complaints?status=OPEN&size=1"), "$.total")
                        + Api.<Integer>read(api.get(agent, "/api/v1/complaints?status=ACKNOWLEDGED&size=1"), "$.total"))
                .as("recent complaints still being handled")
                .isPositive();

        // Every module listener handled the demo's events (hundreds of deliveries at once, several per customer).
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(
                                jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                                        .query(Integer.class)
                                        .single())
                        .isZero());

        // The management pages open on figures: a full past month with targets, budgets and costs entered by hand.
        YearMonth lastMonth = YearMonth.now().minusMonths(1);
        assertThat(Api.<List<String>>read(
                        api.get(manager, "/api/v1/reports/targets?month={m}", lastMonth), "$.rows[*].metric"))
                .contains("OUTPUT_VALUE", "DELIVERED");
        MvcTestResult variance = api.get(manager, "/api/v1/reports/variance?month={m}", lastMonth);
        assertThat(Api.<List<String>>read(variance, "$.lines[?(@.budget)].centre"))
                .contains("GOODWILL", "CONSUMABLES", "OVERTIME");
        assertThat(Api.<List<Number>>read(variance, "$.lines[?(@.centre == 'CONSUMABLES')].actual"))
                .isNotEmpty()
                .allSatisfy(actual -> assertThat(actual.doubleValue()).isPositive());
        // The jobs used catalogue parts, so the parts forecast has their demand and something to order.
        MvcTestResult parts = api.get(manager, "/api/v1/reports/forecast/parts?top=10");
        assertThat(Api.<List<String>>read(parts, "$.parts[*].partNumber"))
                .hasSize(8)
                .contains("06K109479A", "5G6807421");
        // HQ audited the stores, and each audit names them.
        assertThat(Api.<List<String>>read(api.get(manager, "/api/v1/store-audits"), "$.items[*].auditorName"))
                .isNotEmpty()
                .containsOnly("陈总部");
        // Some repairs were accident repairs: the older ones paid by their insurer.
        assertThat(Api.<Integer>read(api.get(manager, "/api/v1/insurance-jobs?stage=PAID"), "$.total"))
                .isPositive();
        // The next week is partly booked, by the desk and by customers through their links; never beyond the slots.
        MvcTestResult week = api.get(
                hq,
                "/api/v1/appointments?from={f}&to={t}&size=200",
                LocalDate.now(),
                LocalDate.now().plusDays(7));
        assertThat(Api.<List<String>>read(week, "$.items[*].channel")).contains("DESK", "LINK");
        assertThat(Api.<List<Integer>>read(
                        api.get(
                                hq,
                                "/api/v1/appointments/availability?storeId={s}&days=7",
                                Api.<String>read(stores, "$.items[0].id")),
                        "$[?(@.booked > @.slots)].booked"))
                .isEmpty();
        // A fleet's service contract: its first quarterly visit open as work orders, a call on the SLA clock.
        MvcTestResult contracts = api.get(hq, "/api/v1/service-contracts");
        assertThat(Api.<Integer>read(contracts, "$.total")).isEqualTo(1);
        MvcTestResult contract =
                api.get(hq, "/api/v1/service-contracts/{id}", Api.<String>read(contracts, "$.items[0].id"));
        assertThat(Api.<List<String>>read(contract, "$.visits[*].workOrderNumber"))
                .isNotEmpty();
        assertThat(Api.<List<String>>read(contract, "$.calls[*].kind")).containsExactly("CALL");
        // Loaner cars: two per store, one out with a customer.
        assertThat(Api.<List<String>>read(
                        api.get(hq, "/api/v1/loaner-cars?storeId={s}", Api.<String>read(stores, "$.items[0].id")),
                        "$[*].plate"))
                .hasSize(2);
        assertThat(Api.<List<Number>>read(parts, "$.parts[*].suggested"))
                .anySatisfy(suggested -> assertThat(suggested.doubleValue()).isPositive());
        // Certificates: valid ones, one expired; warranty jobs require the brand training.
        MvcTestResult certificates = api.get(manager, "/api/v1/certifications");
        assertThat(Api.<List<Boolean>>read(certificates, "$[*].valid")).contains(true);
        assertThat(Api.<List<String>>read(
                        api.get(manager, "/api/v1/skill-requirements"), "$[?(@.serviceType == 'WARRANTY')].skill"))
                .containsExactly("BRAND");
        // Expense claims at each step: the manager sees the store's, the technician their own, finance what to pay.
        assertThat(Api.<List<String>>read(api.get(manager, "/api/v1/expense-claims"), "$.items[*].status"))
                .containsExactlyInAnyOrder("SUBMITTED", "MANAGER_APPROVED", "PAID", "REJECTED");
        String tech = api.token("tech", DemoOrganization.PASSWORD);
        assertThat(Api.<Integer>read(api.get(tech, "/api/v1/expense-claims"), "$.total"))
                .isEqualTo(4);
        String finance = api.token("finance", DemoOrganization.PASSWORD);
        assertThat(Api.<List<Boolean>>read(
                        api.get(finance, "/api/v1/expense-claims?status=MANAGER_APPROVED"), "$.items[*].overLimit"))
                .containsExactly(false);
        assertThat(Api.<List<String>>read(api.get(manager, "/api/v1/commission-rules"), "$[*].basis"))
                .containsExactlyInAnyOrder("OUTPUT_VALUE", "LABOUR");
        assertThat(Api.<List<String>>read(
                        api.get(manager, "/api/v1/training-sessions"), "$.items[*].attendees[*].result"))
                .isNotEmpty()
                .containsOnly("ATTENDED");
        assertThat(Api.<List<String>>read(
                        api.get(hq, "/api/v1/training-sessions?storeId={s}", Api.<String>read(stores, "$.items[1].id")),
                        "$.items[*].skill"))
                .containsExactly("HIGH_VOLTAGE");
        // The bearing maker's year: contracts in part fulfilled, receivables in every ageing bucket, lost quotes with
        // their reasons, a statement.
        String sales = api.token("sales", DemoOrganization.PASSWORD);
        assertThat(Api.<Integer>read(api.get(sales, "/api/v1/contracts"), "$.total"))
                .isEqualTo(12);
        assertThat(Api.<List<Number>>read(api.get(finance, "/api/v1/receivables/ageing"), "$.buckets[*].amount"))
                .hasSize(4)
                .allSatisfy(amount -> assertThat(amount.doubleValue()).isPositive());
        assertThat(Api.<List<String>>read(api.get(sales, "/api/v1/quotes/conversion"), "$.losses[*].reason.code"))
                .contains("PRICE", "DELIVERY_TIME");
        assertThat(Api.<List<Object>>read(api.get(finance, "/api/v1/statements"), "$"))
                .hasSize(1);
    }
}
