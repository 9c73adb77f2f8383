package io.aftersales.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Loaner cars: a car is never lent twice for a day, also when bookings arrive at the same moment; a booking goes out
 * and comes back, or is cancelled and frees its days; bad input changes nothing.
 */
@IntegrationTest
class LoanerCarIntegrationTests {

    @Autowired
    Api api;

    private LocalDate today(Workshop shop) {
        MvcTestResult store = api.get(shop.admin(), "/api/v1/stores/{id}", shop.tenant.storeId());
        return LocalDate.now(ZoneId.of(Api.<String>read(store, "$.timeZone")));
    }

    private String car(Workshop shop, String plate) {
        MvcTestResult car = api.post(shop.admin(), "/api/v1/loaner-cars", """
                {"storeId":"%s","plate":"%s","model":"大众朗逸"}""".formatted(shop.tenant.storeId(), plate));
        assertThat(car).hasStatus(201);
        return Api.read(car, "$.id");
    }

    private MvcTestResult book(Workshop shop, String token, String car, LocalDate from, LocalDate to) {
        return api.post(token, "/api/v1/loaner-cars/{id}/bookings", """
                {"customerId":"%s","from":"%s","to":"%s","note":"保养期间代步"}""".formatted(shop.customerId, from, to), car);
    }

    private MvcTestResult step(Workshop shop, String booking, String step, long version) {
        return api.post(shop.admin(), "/api/v1/loaner-bookings/{id}/" + step, "{\"version\":" + version + "}", booking);
    }

    @Test
    void aCarIsNeverLentTwiceForADayEvenAtTheSameMoment() throws Exception {
        Workshop shop = new Workshop(api);
        String car = car(shop, Api.unique("沪L").substring(0, 8));
        LocalDate from = today(shop).plusDays(1);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<MvcTestResult>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                LocalDate start = from.plusDays(i % 2);
                Callable<MvcTestResult> call = () -> {
                    go.await();
                    return book(shop, shop.admin(), car, start, start.plusDays(2));
                };
                answers.add(pool.submit(call));
            }
            go.countDown();
            for (Future<MvcTestResult> answer : answers) {
                statuses.add(answer.get().getResponse().getStatus());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(7);
        MvcTestResult bookings = api.get(
                shop.admin(),
                "/api/v1/loaner-bookings?storeId={s}&from={f}&to={t}",
                shop.tenant.storeId(),
                from,
                from.plusDays(5));
        assertThat(Api.<List<String>>read(bookings, "$[*].status")).containsExactly("BOOKED");
    }

    @Test
    void aBookingGoesOutAndComesBackAndACancelledOneFreesItsDays() {
        Workshop shop = new Workshop(api);
        String car = car(shop, Api.unique("沪M").substring(0, 8));
        LocalDate today = today(shop);

        MvcTestResult first = book(shop, shop.admin(), car, today, today.plusDays(2));
        assertThat(first).hasStatus(201);
        String id = Api.read(first, "$.id");
        MvcTestResult overlapping = book(shop, shop.admin(), car, today.plusDays(2), today.plusDays(4));
        assertThat(overlapping).hasStatus(409);
        assertThat(Api.<String>read(overlapping, "$.code")).isEqualTo("car-taken");
        MvcTestResult after = book(shop, shop.admin(), car, today.plusDays(3), today.plusDays(4));
        assertThat(after).hasStatus(201);

        assertThat(step(shop, id, "return", 0)).hasStatus(409);
        assertThat(step(shop, id, "hand-out", 0)).hasStatusOk();
        assertThat(step(shop, id, "cancel", 1)).hasStatus(409);
        MvcTestResult back = step(shop, id, "return", 1);
        assertThat(back).hasStatusOk();
        assertThat(Api.<String>read(back, "$.status")).isEqualTo("RETURNED");

        String later = Api.read(after, "$.id");
        assertThat(step(shop, later, "cancel", 0)).hasStatusOk();
        assertThat(book(shop, shop.admin(), car, today.plusDays(4), today.plusDays(5)))
                .hasStatus(201);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        Workshop shop = new Workshop(api);
        String plate = Api.unique("沪N").substring(0, 8);
        String car = car(shop, plate);
        LocalDate today = today(shop);

        assertThat(book(shop, shop.admin(), car, today.minusDays(1), today)).hasStatus(400);
        assertThat(book(shop, shop.admin(), car, today.plusDays(2), today.plusDays(1)))
                .hasStatus(400);
        assertThat(book(shop, shop.admin(), car, today, today.plusDays(90))).hasStatus(400);
        assertThat(book(shop, shop.technician.token(), car, today, today)).hasStatus(403);
        assertThat(api.post(shop.admin(), "/api/v1/loaner-cars", """
                        {"storeId":"%s","plate":"%s","model":"x"}""".formatted(shop.tenant.storeId(), plate)))
                .hasStatus(409);
        assertThat(api.post(shop.technician.token(), "/api/v1/loaner-cars", """
                        {"storeId":"%s","plate":"沪Z99999","model":"x"}""".formatted(shop.tenant.storeId())))
                .hasStatus(403);
        Workshop another = new Workshop(api);
        assertThat(api.post(
                        another.admin(),
                        "/api/v1/loaner-cars/{id}/bookings",
                        """
                        {"customerId":"%s","from":"%s","to":"%s"}""".formatted(another.customerId, today, today),
                        car))
                .hasStatus(404);
        assertThat(api.post(shop.admin(), "/api/v1/loaner-cars/{id}/active", "{\"active\":false}", car))
                .hasStatusOk();
        MvcTestResult inactive = book(shop, shop.admin(), car, today, today);
        assertThat(inactive).hasStatus(409);
        assertThat(Api.<String>read(inactive, "$.code")).isEqualTo("car-inactive");
        assertThat(Api.<List<Object>>read(
                        api.get(
                                shop.admin(),
                                "/api/v1/loaner-bookings?storeId={s}&from={f}&to={t}",
                                shop.tenant.storeId(),
                                today.minusDays(1),
                                today.plusDays(90)),
                        "$"))
                .isEmpty();
    }

    @Test
    void theDeskLendsACarInTheBrowser() {
        Workshop shop = new Workshop(api);
        String car = car(shop, Api.unique("沪P").substring(0, 8));
        LocalDate today = today(shop);
        var desk = api.signedIn(shop.tenant.adminUsername());

        MvcTestResult page = api.page(desk, "/loaner-cars?customerId={c}", shop.customerId);
        assertThat(page).hasStatusOk();
        assertThat(Api.body(page)).contains("张伟", "大众朗逸");
        MvcTestResult lent = api.form(
                desk,
                "/loaner-cars/bookings",
                "carId",
                car,
                "customerId",
                shop.customerId,
                "from",
                today.toString(),
                "to",
                today.plusDays(1).toString(),
                "note",
                "等待配件");
        assertThat(lent).hasStatus3xxRedirection();
        assertThat(Api.body(api.page(desk, "/loaner-cars"))).contains("等待配件", "已预订");
        MvcTestResult again = api.form(
                desk,
                "/loaner-cars/bookings",
                "carId",
                car,
                "customerId",
                shop.customerId,
                "from",
                today.toString(),
                "to",
                today.toString());
        assertThat(again).hasStatus3xxRedirection();
        assertThat(again.getMvcResult().getFlashMap().get("failedText").toString())
                .contains("已被预订或借出");
    }
}
