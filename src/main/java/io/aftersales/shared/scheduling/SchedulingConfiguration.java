package io.aftersales.shared.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
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
 * Persistent, cluster-safe scheduled work (db-scheduler, ADR 0007): every module declares its tasks as beans and
 * schedules work through the {@link SchedulerClient} bean; each instance runs a scheduler that executes what is due
 * from the {@code scheduled_tasks} table, where a task instance is picked by one instance at a time and survives
 * restarts. Both go through a transaction-aware data source, so work scheduled inside a transaction is saved or
 * discarded with it. The scheduler is a lifecycle: it starts once the application is up, stops before the data
 * source closes, and is built afresh when a stopped context starts again. (db-scheduler's Boot starter is not used:
 * its auto-configuration is ordered after Boot 3's data source configuration, so on Boot 4 it never fires.)
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

    @Bean
    SchedulerClient schedulerClient(DataSource dataSource, List<Task<?>> tasks) {
        return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .build();
    }

    @Bean
    SmartLifecycle schedulerLifecycle(DataSource dataSource, List<Task<?>> tasks, SchedulerProperties properties) {
        List<Task<?>> oneTime =
                tasks.stream().filter(task -> !(task instanceof RecurringTask)).toList();
        List<RecurringTask<?>> recurring = tasks.stream()
                .filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(RecurringTask.class::cast)
                .toList();
        boolean enabled = properties.enabled() == null || properties.enabled();
        return new SmartLifecycle() {
            private volatile @Nullable Scheduler scheduler;

            @Override
            public void start() {
                if (enabled && scheduler == null) {
                    // Recurring tasks are known through startTasks, which also schedules their first run.
                    Scheduler started = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime)
                            .startTasks(recurring)
                            .threads(properties.threads() != null ? properties.threads() : 4)
                            .pollingInterval(
                                    properties.pollingInterval() != null
                                            ? properties.pollingInterval()
                                            : Duration.ofSeconds(2))
                            .heartbeatInterval(
                                    properties.heartbeatInterval() != null
                                            ? properties.heartbeatInterval()
                                            : Duration.ofSeconds(2))
                            .missedHeartbeatsLimit(4)
                            .shutdownMaxWait(Duration.ofSeconds(5))
                            .build();
                    started.start();
                    scheduler = started;
                }
            }

            @Override
            public void stop() {
                Scheduler running = scheduler;
                if (running != null) {
                    running.stop();
                    scheduler = null;
                }
            }

            @Override
            public boolean isRunning() {
                return scheduler != null;
            }

            @Override
            public int getPhase() {
                // Late start, early stop: after the web server is up, before connections close.
                return Integer.MAX_VALUE - 1000;
            }
        };
    }
}
