package io.aftersales.shared.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Persistent, cluster-safe scheduled work (db-scheduler, ADR 0007): every module declares its tasks as beans; one
 * scheduler per instance runs them from the {@code scheduled_tasks} table, where a task instance is picked by one
 * instance at a time and survives restarts. The scheduler starts once the application is up and stops before the
 * data source closes. Modules inject {@code SchedulerClient} to schedule work. (db-scheduler's Boot starter is not used: its auto-configuration is ordered after Boot 3's
 * data source configuration, so on Boot 4 it never fires.)
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulingConfiguration.SchedulerProperties.class)
class SchedulingConfiguration {

    /**
     * {@code aftersales.scheduler.*}.
     *
     * @param enabled whether this instance runs scheduled work (an instance may serve requests only)
     * @param threads how many tasks this instance runs at once
     * @param pollingInterval how often due work is looked for
     * @param heartbeatInterval how often a running task says it is alive; after four missed heartbeats (an instance
     *     killed while running it) another instance runs it again
     */
    @ConfigurationProperties("aftersales.scheduler")
    record SchedulerProperties(
            @Nullable Boolean enabled,
            @Nullable Integer threads,
            @Nullable Duration pollingInterval,
            @Nullable Duration heartbeatInterval) {}

    @Bean(destroyMethod = "")
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, SchedulerProperties properties) {
        List<RecurringTask<?>> recurring = tasks.stream()
                .filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(RecurringTask.class::cast)
                .toList();
        // Transaction-aware: work scheduled inside a transaction is saved or discarded with it.
        List<Task<?>> oneTime =
                tasks.stream().filter(task -> !(task instanceof RecurringTask)).toList();
        // Recurring tasks are known through startTasks, which also schedules their first run.
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime)
                .startTasks(recurring)
                .threads(properties.threads() != null ? properties.threads() : 4)
                .pollingInterval(
                        properties.pollingInterval() != null ? properties.pollingInterval() : Duration.ofSeconds(2))
                .heartbeatInterval(
                        properties.heartbeatInterval() != null ? properties.heartbeatInterval() : Duration.ofSeconds(2))
                .missedHeartbeatsLimit(4)
                .enableImmediateExecution()
                .alwaysPersistTimestampInUTC()
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler, SchedulerProperties properties) {
        boolean enabled = properties.enabled() == null || properties.enabled();
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                if (enabled) {
                    scheduler.start();
                }
                running = true;
            }

            @Override
            public void stop() {
                if (enabled) {
                    scheduler.stop();
                }
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                // Late start, early stop: after the web server is up, before connections close.
                return Integer.MAX_VALUE - 1000;
            }
        };
    }
}
