package io.aftersales.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Appointments: a store's slots per day and service type are never exceeded, also by bookings at the same moment; a
 * booking is received as a work order in one step, cancelled (its slot free again) or recorded as a no-show; the
 * customer books through their own link and is told and reminded; bad input changes nothing.
 */
@IntegrationTest
class AppointmentIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    private LocalDate today(Workshop shop) {
        MvcTestResult store = api.get(shop.admin(), "/api/v1/stores/{id}", shop.tenant.storeId());
        return LocalDate.now(ZoneId.of(Api.<String>read(store, "$.timeZone")));
    }

    private MvcTestResult book(Workshop shop, String token, String asset, LocalDate day, String time) {
        return api.post(token, "/api/v1/appointments", """
                {"storeId":"%s","assetId":"%s","serviceType":"MAINTENANCE","day":"%s","time":"%s","note":"5000 公里保养"}
                """.formatted(shop.tenant.storeId(), asset, day, time));
    }

    private void slots(Workshop shop, int slots) {
        assertThat(api.put(shop.admin(), "/api/v1/appointment-slots", """
                        {"storeId":"%s","serviceType":"MAINTENANCE","slots":%d}""".formatted(shop.tenant.storeId(), slots)))
                .hasStatusOk();
    }

    private int bookedOn(Workshop shop, LocalDate day) {
        MvcTestResult free = api.get(
                shop.admin(),
                "/api/v1/appointments/availability?storeId={s}&serviceType=MAINTENANCE&from={d}&days=1",
                shop.tenant.storeId(),
                day);
        assertThat(free).hasStatusOk();
        return Api.<Integer>read(free, "$[0].booked");
    }

    @Test
    void concurrentBookingsNeverTakeMoreThanTheDaysSlots() throws Exception {
        Workshop shop = new Workshop(api);
        slots(shop, 5);
        LocalDate day = today(shop).plusDays(2);
        List<String> assets = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            assets.add(shop.newVehicle(LocalDate.now().plusYears(1)));
        }

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(assets.size());
        List<Integer> statuses = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        try {
            List<Future<MvcTestResult>> answers = new ArrayList<>();
            for (String asset : assets) {
                Callable<MvcTestResult> call = () -> {
                    go.await();
                    return book(shop, shop.admin(), asset, day, "10:00");
                };
                answers.add(pool.submit(call));
            }
            go.countDown();
            for (Future<MvcTestResult> answer : answers) {
                MvcTestResult result = answer.get();
                statuses.add(result.getResponse().getStatus());
                if (result.getResponse().getStatus() == 409) {
                    codes.add(Api.read(result, "$.code"));
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(5);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(7);
        assertThat(codes).containsOnly("fully-booked");
        assertThat(jdbc.queryForObject(
                        "select count(*) from appointment where store_id = ? and on_day = ? and status = 'BOOKED'",
                        Integer.class,
                        shop.tenant.storeId().value(),
                        day))
                .isEqualTo(5);
        assertThat(bookedOn(shop, day)).isEqualTo(5);
    }

    @Test
    void aBookingIsReceivedAsAWorkOrderInOneStepAndACancelledOneFreesItsSlot() {
        Workshop shop = new Workshop(api);
        slots(shop, 1);
        LocalDate tomorrow = today(shop).plusDays(1);
        String other = shop.newVehicle(LocalDate.now().plusYears(1));

        MvcTestResult first = book(shop, shop.admin(), shop.assetId, tomorrow, "09:00");
        assertThat(first).hasStatus(201);
        String id = Api.read(first, "$.id");
        assertThat(Api.<String>read(first, "$.status")).isEqualTo("BOOKED");
        assertThat(Api.<String>read(first, "$.channel")).isEqualTo("DESK");

        MvcTestResult full = book(shop, shop.admin(), other, tomorrow, "09:30");
        assertThat(full).hasStatus(409);
        assertThat(Api.<String>read(full, "$.code")).isEqualTo("fully-booked");
        MvcTestResult twice = book(shop, shop.admin(), shop.assetId, tomorrow.plusDays(1), "09:30");
        assertThat(twice).hasStatus(409);
        assertThat(Api.<String>read(twice, "$.code")).isEqualTo("already-booked");

        MvcTestResult early = api.post(shop.admin(), "/api/v1/appointments/{id}/no-show", "{\"version\":0}", id);
        assertThat(early).hasStatus(409);
        assertThat(Api.<String>read(early, "$.code")).isEqualTo("too-early");

        assertThat(api.post(shop.admin(), "/api/v1/appointments/{id}/cancel", """
                        {"version":0,"reason":"客户出差"}""", id))
                .hasStatusOk();
        assertThat(bookedOn(shop, tomorrow)).isZero();
        MvcTestResult second = book(shop, shop.admin(), other, tomorrow, "09:30");
        assertThat(second).hasStatus(201);
        String secondId = Api.read(second, "$.id");

        MvcTestResult received = api.post(
                shop.admin(), "/api/v1/appointments/{id}/receive", "{\"version\":0,\"mileage\":42100}", secondId);
        assertThat(received).hasStatus(201);
        String workOrder = Api.read(received, "$.id");
        assertThat(Api.<String>read(received, "$.status")).isEqualTo("RECEIVED");
        assertThat(Api.<String>read(received, "$.assetId")).isEqualTo(other);
        assertThat(Api.<String>read(received, "$.serviceType")).isEqualTo("MAINTENANCE");
        assertThat(Api.<String>read(received, "$.complaint")).isEqualTo("5000 公里保养");

        MvcTestResult arrived = api.get(shop.admin(), "/api/v1/appointments/{id}", secondId);
        assertThat(Api.<String>read(arrived, "$.status")).isEqualTo("ARRIVED");
        assertThat(Api.<String>read(arrived, "$.workOrderId")).isEqualTo(workOrder);
        assertThat(api.post(shop.admin(), "/api/v1/appointments/{id}/receive", "{\"version\":1}", secondId))
                .hasStatus(409);
        assertThat(api.post(shop.admin(), "/api/v1/appointments/{id}/cancel", "{\"version\":1}", id))
                .hasStatus(409);
        MvcTestResult cancelled = api.get(shop.admin(), "/api/v1/appointments/{id}", id);
        assertThat(Api.<String>read(cancelled, "$.cancelReason")).isEqualTo("客户出差");
        MvcTestResult day =
                api.get(shop.admin(), "/api/v1/appointments?storeId={s}&from={d}", shop.tenant.storeId(), tomorrow);
        assertThat(Api.<Integer>read(day, "$.total")).isEqualTo(2);
    }

    @Test
    void aNoShowIsRecordedOnTheDay() {
        Workshop shop = new Workshop(api);
        LocalDate today = today(shop);
        String id = Api.read(book(shop, shop.admin(), shop.assetId, today.plusDays(1), "17:00"), "$.id");
        // The appointment's day has come: moved to today as if booked earlier.
        jdbc.update("update appointment set on_day = ? where id = ?", today, UUID.fromString(id));

        MvcTestResult missed = api.post(shop.admin(), "/api/v1/appointments/{id}/no-show", "{\"version\":0}", id);

        assertThat(missed).hasStatusOk();
        assertThat(Api.<String>read(missed, "$.status")).isEqualTo("NO_SHOW");
        MvcTestResult noShows = api.get(shop.admin(), "/api/v1/appointments?from={d}&status=NO_SHOW", today);
        assertThat(Api.<List<String>>read(noShows, "$.items[*].id")).containsExactly(id);

        // Their next booking shows the desk that they missed one before.
        LocalDate later = today.plusDays(2);
        assertThat(book(shop, shop.admin(), shop.assetId, later, "10:00")).hasStatus(201);
        MvcTestResult day = api.page(api.signedIn(shop.tenant.adminUsername()), "/appointments?day={d}", later);
        assertThat(Api.body(day)).contains("曾爽约 1 次");
        MvcTestResult otherDay =
                api.page(api.signedIn(shop.tenant.adminUsername()), "/appointments?day={d}", today.plusDays(3));
        assertThat(Api.body(otherDay)).doesNotContain("曾爽约");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        Workshop shop = new Workshop(api);
        LocalDate tomorrow = today(shop).plusDays(1);
        Api.User technician = shop.technician;

        MvcTestResult past = book(shop, shop.admin(), shop.assetId, tomorrow.minusDays(2), "10:00");
        assertThat(past).hasStatus(400);
        assertThat(Api.body(past)).contains("\"day\"");
        MvcTestResult odd = book(shop, shop.admin(), shop.assetId, tomorrow, "10:15");
        assertThat(odd).hasStatus(400);
        assertThat(Api.body(odd)).contains("\"time\"");
        assertThat(book(shop, shop.admin(), UUID.randomUUID().toString(), tomorrow, "10:00"))
                .hasStatus(400);
        assertThat(api.post(shop.admin(), "/api/v1/appointments", "{\"storeId\":\"" + shop.tenant.storeId() + "\"}"))
                .hasStatus(400);
        assertThat(api.post(shop.admin(), "/api/v1/appointments", "{\"day\":\"tomorrow\"}"))
                .hasStatus(400);
        assertThat(book(shop, technician.token(), shop.assetId, tomorrow, "10:00"))
                .hasStatus(403);
        assertThat(api.put(shop.admin(), "/api/v1/appointment-slots", """
                        {"storeId":"%s","serviceType":"MAINTENANCE","slots":-1}""".formatted(shop.tenant.storeId())))
                .hasStatus(400);
        assertThat(api.put(technician.token(), "/api/v1/appointment-slots", """
                        {"storeId":"%s","serviceType":"MAINTENANCE","slots":3}""".formatted(shop.tenant.storeId())))
                .hasStatus(403);
        assertThat(api.get(shop.admin(), "/api/v1/appointments?from={f}&to={t}", tomorrow, tomorrow.minusDays(1)))
                .hasStatus(400);
        assertThat(api.get(
                        shop.admin(), "/api/v1/appointments/availability?storeId={s}&days=1000", shop.tenant.storeId()))
                .hasStatus(400);
        assertThat(Api.<Integer>read(
                        api.get(shop.admin(), "/api/v1/appointments?from={d}&to={t}", tomorrow.minusDays(2), tomorrow),
                        "$.total"))
                .isZero();

        String id = Api.read(book(shop, shop.admin(), shop.assetId, tomorrow, "10:00"), "$.id");
        assertThat(api.post(shop.admin(), "/api/v1/appointments/{id}/cancel", "{\"version\":7}", id))
                .hasStatus(409);
        Workshop another = new Workshop(api);
        assertThat(api.get(another.admin(), "/api/v1/appointments/{id}", id)).hasStatus(404);
        assertThat(api.post(another.admin(), "/api/v1/appointments/{id}/receive", "{\"version\":0}", id))
                .hasStatus(404);
        assertThat(Api.<String>read(api.get(shop.admin(), "/api/v1/appointments/{id}", id), "$.status"))
                .isEqualTo("BOOKED");
    }

    @Test
    void theCustomerBooksThroughTheirLinkAndIsToldAndRemindedTheEveningBefore() {
        Workshop shop = new Workshop(api);
        LocalDate day = today(shop).plusDays(3);
        MvcTestResult link =
                api.post(shop.admin(), "/api/v1/booking-links", "{\"customerId\":\"" + shop.customerId + "\"}");
        assertThat(link).hasStatus(201);
        String url = Api.read(link, "$.url");
        String token = url.substring(url.indexOf("/book/") + "/book/".length());

        MvcTestResult page = mvc.get().uri("/book/{t}", token).exchange();
        assertThat(page).hasStatusOk();
        assertThat(Api.body(page)).contains("张伟");

        // Someone else's vehicle through this customer's link: refused, nothing booked.
        MvcTestResult stranger = api.post(shop.admin(), "/api/v1/customers", """
                {"type":"PERSON","name":"李娜","phones":["13700001111"]}""");
        String strangerAsset = Api.read(
                api.post(shop.admin(), "/api/v1/assets", """
                        {"customerId":"%s","kind":"EQUIPMENT","serialNumber":"%s"}""".formatted(
                                Api.<String>read(stranger, "$.customer.id"), Api.unique("SN"))),
                "$.asset.id");
        assertThat(selfBook(token, shop, strangerAsset, day)).hasStatus(400);

        MvcTestResult booked = selfBook(token, shop, shop.assetId, day);
        assertThat(booked).hasStatusOk();
        MvcTestResult list = api.get(shop.admin(), "/api/v1/appointments?from={d}", day);
        assertThat(Api.<Integer>read(list, "$.total")).isEqualTo(1);
        assertThat(Api.body(mvc.get().uri("/book/{t}", token).exchange())).contains(day + " 10:00");
        assertThat(Api.<String>read(list, "$.items[0].channel")).isEqualTo("LINK");
        assertThat(Api.<String>read(list, "$.items[0].assetId")).isEqualTo(shop.assetId);
        String id = Api.read(list, "$.items[0].id");

        List<Map<String, Object>> messages = jdbc.queryForList(
                "select status, body from outbound_message where reference_id = ? order by next_attempt_at",
                UUID.fromString(id));
        assertThat(messages).hasSize(2);
        assertThat((String) messages.get(0).get("body")).contains("张伟", day.toString(), "10:00");
        ZoneId zone = ZoneId.of(
                Api.<String>read(api.get(shop.admin(), "/api/v1/stores/{id}", shop.tenant.storeId()), "$.timeZone"));
        List<Timestamp> sendAt = jdbc.queryForList(
                "select next_attempt_at from outbound_message where reference_id = ? order by next_attempt_at",
                Timestamp.class,
                UUID.fromString(id));
        assertThat(sendAt.get(1).toInstant())
                .isEqualTo(day.minusDays(1)
                        .atTime(LocalTime.of(18, 0))
                        .atZone(zone)
                        .toInstant());

        assertThat(mvc.get()
                        .uri("/book/{t}", token.substring(0, token.length() - 2) + "AA")
                        .exchange())
                .hasStatus(404);
        // The customer cancels through their link: their own booking only.
        String strangers = Api.read(book(shop, shop.admin(), strangerAsset, day, "11:00"), "$.id");
        assertThat(mvc.post()
                        .uri("/book/{t}/cancel", token)
                        .with(csrf())
                        .param("appointmentId", strangers)
                        .exchange())
                .hasStatus(404);
        assertThat(Api.<String>read(api.get(shop.admin(), "/api/v1/appointments/{id}", strangers), "$.status"))
                .isEqualTo("BOOKED");
        MvcTestResult cancelled = mvc.post()
                .uri("/book/{t}/cancel", token)
                .with(csrf())
                .param("appointmentId", id)
                .exchange();
        assertThat(cancelled).hasStatusOk();
        assertThat(Api.body(cancelled)).contains("已取消");
        MvcTestResult mine = api.get(shop.admin(), "/api/v1/appointments/{id}", id);
        assertThat(Api.<String>read(mine, "$.status")).isEqualTo("CANCELLED");
        assertThat(Api.<String>read(mine, "$.cancelReason")).isEqualTo("客户自助取消");
        assertThat(jdbc.queryForList(
                        "select status from outbound_message where reference_id = ? and status = 'QUEUED'",
                        String.class,
                        UUID.fromString(id)))
                .isEmpty();
        assertThat(jdbc.queryForList(
                        "select status from outbound_message where reference_id = ?",
                        String.class,
                        UUID.fromString(id)))
                .hasSize(2);
    }

    private MvcTestResult selfBook(String token, Workshop shop, String asset, LocalDate day) {
        return mvc.post()
                .uri("/book/{t}", token)
                .with(csrf())
                .param("assetId", asset)
                .param("storeId", shop.tenant.storeId().toString())
                .param("serviceType", "MAINTENANCE")
                .param("day", day.toString())
                .param("time", "10:00")
                .exchange();
    }

    @Test
    void theDeskBooksAndReceivesInTheBrowser() {
        Workshop shop = new Workshop(api);
        var desk = api.signedIn(shop.tenant.adminUsername());
        LocalDate tomorrow = today(shop).plusDays(1);

        MvcTestResult missingTime = api.form(
                desk,
                "/appointments/new",
                "storeId",
                shop.tenant.storeId().toString(),
                "assetId",
                shop.assetId,
                "serviceType",
                "REPAIR",
                "day",
                tomorrow.toString(),
                "time",
                "");
        assertThat(missingTime).hasStatusOk();
        assertThat(Api.body(missingTime)).contains("is-invalid");

        MvcTestResult booked = api.form(
                desk,
                "/appointments/new",
                "storeId",
                shop.tenant.storeId().toString(),
                "assetId",
                shop.assetId,
                "serviceType",
                "REPAIR",
                "day",
                tomorrow.toString(),
                "time",
                "14:30",
                "note",
                "刹车异响");
        assertThat(booked).hasStatus3xxRedirection();
        MvcTestResult day = api.page(desk, "/appointments?day={d}", tomorrow);
        assertThat(day).hasStatusOk();
        assertThat(Api.body(day)).contains("14:30", "刹车异响");
        String id = Api.read(api.get(shop.admin(), "/api/v1/appointments?from={d}", tomorrow), "$.items[0].id");

        MvcTestResult received = api.form(desk, "/appointments/" + id + "/receive", "version", "0", "mileage", "");
        assertThat(received).hasStatus3xxRedirection();
        assertThat(received.getResponse().getRedirectedUrl()).startsWith("/work-orders/");
        assertThat(api.page(desk, "/appointments/slots")).hasStatusOk();
        assertThat(api.page(desk, "/appointments/new?assetId={a}", shop.assetId))
                .hasStatusOk();
        assertThat(api.page(desk, "/appointments?day={d}", tomorrow.plusDays(5)))
                .hasStatusOk();
    }
}
