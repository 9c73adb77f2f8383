package io.aftersales.support;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * On PostgreSQL the test schema outlives the JVM: wipe it when the first application context of a run starts, so
 * every run begins as a first start. Later contexts of the same run share what is there.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("pg")
public class CleanDatabaseOnce {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate() {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
