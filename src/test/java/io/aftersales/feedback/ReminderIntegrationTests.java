package io.aftersales.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** The daily reminder run: what becomes a follow-up task, what becomes a greeting, and for whom. */
@IntegrationTest
class ReminderIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    ReminderManagement reminders;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    JdbcTemplate jdbc;

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private void runDaily(Workshop shop) {
        List<StoreView> stores = organization.storesByOrganization().get(new OrganizationId(shop.tenant.id()));
        SystemUser.callAs(
                new OrganizationId(shop.tenant.id()), List.of(shop.tenant.storeId()), () -> reminders.runDaily(stores));
    }

    private String customer(Workshop shop, String name, boolean consent) {
        String id = Api.read(
                api.post(shop.admin(), "/api/v1/customers", """
                        {"type":"PERSON","name":"%s","phones":["137%08d"],"birthday":"%s"}
                        """.formatted(
                                name, (int) (Math.random() * 99_999_999), TODAY.minusYears(40))),
                "$.customer.id");
        if (consent) {
            api.post(shop.admin(), "/api/v1/customers/{id}/consents", "{\"channel\":\"SMS\",\"granted\":true}", id);
        }
        return id;
    }

    private List<Map<String, Object>> remindersOf(Workshop shop, String customerId) {
        return Api.read(
                api.get(shop.admin(), "/api/v1/reminders?due=2099-01-01&customerId={c}", customerId), "$.items");
    }

    @Test
    void birthdayGreetingsGoOnlyToCustomersWhoConsented() {
        Workshop shop = new Workshop(api);
        String agreed = customer(shop, "王芳", true);
        String silent = customer(shop, "李强", false);

        runDaily(shop);
        runDaily(shop);

        List<Map<String, Object>> greetings = remindersOf(shop, agreed);
        assertThat(greetings).singleElement().satisfies(r -> {
            assertThat(r.get("kind")).isEqualTo("BIRTHDAY");
            assertThat(r.get("status")).isEqualTo("DONE");
            assertThat(r.get("messageId")).isNotNull();
        });
        Map<String, Object> message =
                jdbc.queryForMap("select channel, body from outbound_message where id = ?", UUID.fromString((String)
                        greetings.get(0).get("messageId")));
        assertThat(message.get("channel")).isEqualTo("SMS");
        assertThat((String) message.get("body")).contains("王芳").contains("生日快乐");
        assertThat(remindersOf(shop, silent)).isEmpty();
    }

    @Test
    void aWarrantyEndingSoonBecomesAFollowUpTaskOnce() {
        Workshop shop = new Workshop(api, TODAY.plusDays(10));

        runDaily(shop);
        runDaily(shop);

        assertThat(remindersOf(shop, shop.customerId))
                .filteredOn(r -> r.get("kind").equals("WARRANTY_ENDING"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("status")).isEqualTo("DONE"));
        List<Map<String, Object>> tasks = Api.read(
                api.get(shop.admin(), "/api/v1/follow-ups?customerId={c}&kind=WARRANTY_ENDING", shop.customerId),
                "$.items");
        assertThat(tasks).singleElement().satisfies(t -> {
            assertThat(t.get("status")).isEqualTo("OPEN");
            assertThat((String) t.get("subject")).contains(TODAY.plusDays(10).toString());
        });
    }

    /**
     * More warranties end than one chunk of the run holds: each vehicle gets one reminder and one task, at the store
     * of its latest job (or the organisation's first store), and a second run adds nothing.
     */
    @Test
    void aDayOfManyWarrantiesEndingGivesEachVehicleOneTaskAtTheStoreOfItsLatestJob() {
        Workshop shop = new Workshop(api, TODAY.plusDays(10));
        String otherStore =
                Api.read(api.post(shop.admin(), "/api/v1/stores", "{\"code\":\"Z03\",\"name\":\"三号店\"}"), "$.id");
        String order = Api.read(shop.receive("REPAIR"), "$.id");
        jdbc.update(
                "update work_order set store_id = ? where id = ?", UUID.fromString(otherStore), UUID.fromString(order));
        int more = 2 * 200 + 1;
        List<Object[]> vehicles = new java.util.ArrayList<>();
        for (int i = 0; i < more; i++) {
            vehicles.add(new Object[] {
                UUID.randomUUID(),
                shop.tenant.id(),
                UUID.fromString(shop.customerId),
                "沪W" + (10000 + i),
                Date.valueOf(TODAY.minusYears(3)),
                Date.valueOf(TODAY.plusDays(1 + i % 29))
            });
        }
        jdbc.batchUpdate(
                "insert into asset (id, organization_id, customer_id, kind, plate, brand, model, warranty_start,"
                        + " warranty_end, created_at, version) values (?, ?, ?, 'VEHICLE', ?, '大众', '朗逸', ?, ?,"
                        + " current_timestamp, 0)",
                vehicles);

        UUID firstStore = organization
                .storesByOrganization()
                .get(new OrganizationId(shop.tenant.id()))
                .get(0)
                .id()
                .value();
        assertThat(firstStore).hasToString(shop.tenant.storeId().toString());

        runDaily(shop);
        runDaily(shop);

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select asset_id, store_id, status, follow_up_id from reminder"
                        + " where organization_id = ? and kind = 'WARRANTY_ENDING'",
                shop.tenant.id());
        assertThat(rows).hasSize(more + 1);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("DONE");
            assertThat(r.get("follow_up_id")).isNotNull();
        });
        assertThat(rows.stream().map(r -> r.get("asset_id")).distinct()).hasSize(more + 1);
        assertThat(rows)
                .filteredOn(r -> r.get("asset_id").toString().equals(shop.assetId))
                .singleElement()
                .satisfies(r -> assertThat(r.get("store_id")).hasToString(otherStore));
        assertThat(rows)
                .filteredOn(r -> !r.get("asset_id").toString().equals(shop.assetId))
                .allSatisfy(r -> assertThat(r.get("store_id")).isEqualTo(firstStore));
        assertThat(jdbc.queryForObject(
                        "select count(*) from follow_up where organization_id = ? and kind = 'WARRANTY_ENDING'",
                        Integer.class,
                        shop.tenant.id()))
                .isEqualTo(more + 1);
    }

    @Test
    void maintenanceDueTodayBecomesATaskAndOneMissedLongAgoIsDismissed() {
        Workshop shop = new Workshop(api);
        String order = Api.read(shop.receive("MAINTENANCE"), "$.id");
        shop.addLine(order, "LABOR", "更换机油及机油滤清器", "0.5", "180", "CUSTOMER");
        shop.approveDispatchAndStart(order);
        shop.finishAndDeliver(order);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> !remindersOf(shop, shop.customerId).isEmpty());
        Map<String, Object> maintenance = remindersOf(shop, shop.customerId).get(0);
        assertThat(maintenance.get("kind")).isEqualTo("MAINTENANCE");
        assertThat(LocalDate.parse((String) maintenance.get("dueOn"))).isAfter(TODAY.plusMonths(5));
        String second = shop.newVehicle(TODAY.plusYears(2));
        jdbc.update("update reminder set due_on = ? where id = ?", Date.valueOf(TODAY), UUID.fromString((String)
                maintenance.get("id")));
        jdbc.update(
                "insert into reminder (id, organization_id, store_id, kind, dedup_key, customer_id, customer_name,"
                        + " asset_id, due_on, note, status, created_at) values (?, ?, ?, 'MAINTENANCE', 'OLD', ?,"
                        + " '张伟', ?, ?, '保养到期', 'PENDING', current_timestamp)",
                UUID.randomUUID(),
                shop.tenant.id(),
                shop.tenant.storeId(),
                UUID.fromString(shop.customerId),
                UUID.fromString(second),
                Date.valueOf(TODAY.minusDays(40)));

        runDaily(shop);

        List<Map<String, Object>> after = remindersOf(shop, shop.customerId);
        assertThat(after)
                .filteredOn(r -> r.get("id").equals(maintenance.get("id")))
                .singleElement()
                .satisfies(r -> assertThat(r.get("followUpId")).isNotNull());
        assertThat(after)
                .filteredOn(r -> second.equals(r.get("assetId")))
                .singleElement()
                .satisfies(r -> assertThat(r.get("status")).isEqualTo("DISMISSED"));
        assertThat(Api.<Integer>read(
                        api.get(shop.admin(), "/api/v1/follow-ups?customerId={c}&kind=MAINTENANCE", shop.customerId),
                        "$.total"))
                .isEqualTo(1);
    }

    @Test
    void aUserOfOneStoreNeitherSeesNorDismissesAnotherStoresReminders() {
        Workshop shop = new Workshop(api);
        StoreId otherStore = new StoreId(UUID.fromString(
                Api.read(api.post(shop.admin(), "/api/v1/stores", "{\"code\":\"R02\",\"name\":\"二号店\"}"), "$.id")));
        UUID here = reminderAt(shop, shop.tenant.storeId());
        UUID there = reminderAt(shop, otherStore);
        Api.User agent = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.FOLLOW_UP_AGENT);

        List<String> seen = Api.read(
                api.get(agent.token(), "/api/v1/reminders?due=2099-01-01&customerId={c}", shop.customerId),
                "$.items[*].id");
        assertThat(seen).containsExactly(here.toString());
        assertThat(api.post(agent.token(), "/api/v1/reminders/{id}/dismiss", "{}", there))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.post(agent.token(), "/api/v1/reminders/{id}/dismiss", "{}", here))
                .hasStatusOk();
        List<String> statuses = Api.read(
                api.get(shop.admin(), "/api/v1/reminders?due=2099-01-01&customerId={c}&sort=dueOn", shop.customerId),
                "$.items[*].status");
        assertThat(statuses).containsExactlyInAnyOrder("DISMISSED", "PENDING");
    }

    private UUID reminderAt(Workshop shop, StoreId store) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into reminder (id, organization_id, store_id, kind, dedup_key, customer_id, customer_name,"
                        + " due_on, note, status, created_at) values (?, ?, ?, 'DECLINED_WORK', ?, ?, '张伟', ?,"
                        + " '更换前制动片', 'PENDING', current_timestamp)",
                id,
                shop.tenant.id(),
                store,
                "DECLINED_WORK:" + id,
                UUID.fromString(shop.customerId),
                Date.valueOf(TODAY.plusDays(30)));
        return id;
    }
}
