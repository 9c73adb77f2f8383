package io.aftersales.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A busy morning at the desk: many receptions at one store at the same moment all succeed, each with its own number
 * of the day, on H2 as on PostgreSQL. They take the store's counter of the day in turn, and two advisors who receive
 * the same vehicle at once both record its first mileage: one of the two transactions finds the vehicle changed under
 * it and runs again (ADR 0015), never answering 409 — through the API, where the request under its {@code
 * Idempotency-Key} is the transaction, and through the facade, as the web form calls it.
 */
@IntegrationTest
class ConcurrentReceptionIntegrationTests {

    private static final int VEHICLES = 16;

    @Autowired
    Api api;

    @Autowired
    WorkOrderReception reception;

    @Test
    void receptionsAtOneStoreAtOnceThroughTheApiAllSucceedWithDistinctNumbers() throws Exception {
        Workshop shop = new Workshop(api);
        List<String> assets = vehicles(shop);

        List<Integer> statuses = new ArrayList<>();
        HashSet<String> numbers = new HashSet<>();
        for (var result : atOnce(assets, asset -> () -> shop.receive(asset, "MAINTENANCE"))) {
            statuses.add(result.getResponse().getStatus());
            if (result.getResponse().getStatus() == 201) {
                numbers.add(Api.read(result, "$.number"));
            }
        }

        assertThat(statuses).as("answers").hasSize(2 * VEHICLES).containsOnly(201);
        assertThat(numbers).hasSize(2 * VEHICLES);
    }

    @Test
    void receptionsAtOneStoreAtOnceThroughTheFacadeAllSucceedWithDistinctNumbers() throws Exception {
        Workshop shop = new Workshop(api);
        List<String> assets = vehicles(shop);
        UserDetails advisor = api.signedIn(shop.tenant.adminUsername());

        List<WorkOrderView> received = atOnce(assets, asset -> () -> {
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(advisor, null, advisor.getAuthorities()));
            try {
                return reception.receive(new NewWorkOrder(
                        shop.tenant.storeId(),
                        new CustomerId(UUID.fromString(shop.customerId)),
                        new AssetId(UUID.fromString(asset)),
                        ServiceType.MAINTENANCE,
                        "例行保养",
                        42_000,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });

        assertThat(received.stream().map(order -> order.header().number()).distinct())
                .hasSize(2 * VEHICLES);
    }

    /** New vehicles of the shop's customer, none with a mileage yet. */
    private static List<String> vehicles(Workshop shop) {
        List<String> assets = new ArrayList<>();
        for (int i = 0; i < VEHICLES; i++) {
            assets.add(shop.newVehicle(LocalDate.now().plusYears(1)));
        }
        return assets;
    }

    /** Each vehicle received twice, all at the same moment; the answers (a failure fails the test). */
    private static <T> List<T> atOnce(List<String> assets, Function<String, Callable<T>> receive) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2 * assets.size());
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (String asset : assets) {
                for (int twice = 0; twice < 2; twice++) {
                    Callable<T> call = receive.apply(asset);
                    answers.add(pool.submit(() -> {
                        go.await();
                        return call.call();
                    }));
                }
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
