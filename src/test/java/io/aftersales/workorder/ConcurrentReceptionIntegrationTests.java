package io.aftersales.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A busy morning at the desk: many receptions at one store at the same moment all succeed, each with its own number
 * of the day, on H2 as on PostgreSQL (H2 refuses a row two transactions update at once; the reception is retried).
 */
@IntegrationTest
class ConcurrentReceptionIntegrationTests {

    @Autowired
    Api api;

    @Test
    void sixteenReceptionsAtOneStoreAtOnceAllSucceedWithDistinctNumbers() throws Exception {
        Workshop shop = new Workshop(api);
        List<String> assets = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            assets.add(shop.newVehicle(LocalDate.now().plusYears(1)));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<MvcTestResult>> answers = new ArrayList<>();
        try {
            for (String asset : assets) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return shop.receive(asset, "MAINTENANCE");
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            HashSet<String> numbers = new HashSet<>();
            for (Future<MvcTestResult> answer : answers) {
                MvcTestResult result = answer.get();
                statuses.add(result.getResponse().getStatus());
                if (result.getResponse().getStatus() == 201) {
                    numbers.add(Api.read(result, "$.number"));
                }
            }
            assertThat(statuses).as("answers").containsOnly(201);
            assertThat(numbers).hasSize(16);
        } finally {
            pool.shutdownNow();
        }
    }
}
