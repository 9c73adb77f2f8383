package io.aftersales.shared.scheduling;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * Event publications that failed, or that the staleness monitor marked failed because no instance finished them (an
 * instance died while they waited or ran), are submitted again by one instance at a time: a recurring db-scheduler
 * task, so that two instances never resubmit the same batch (ADR 0010). Listeners are idempotent, so a publication run
 * twice (a restart's own republication meeting this task) changes nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventResubmission.ResubmissionProperties.class)
class EventResubmission {

    /**
     * {@code aftersales.events.*}.
     *
     * @param resubmitInterval how often failed publications are looked for (and the least time a failed one waits)
     * @param resubmitBatch how many publications one run submits at most
     */
    @ConfigurationProperties("aftersales.events")
    record ResubmissionProperties(
            @DefaultValue("PT30S") Duration resubmitInterval,
            @DefaultValue("100") int resubmitBatch) {}

    @Bean
    RecurringTask<Void> eventResubmissionTask(
            ObjectProvider<FailedEventPublications> failed, ResubmissionProperties properties) {
        ResubmissionOptions options = ResubmissionOptions.defaults()
                .withMinAge(properties.resubmitInterval())
                .withBatchSize(properties.resubmitBatch())
                .withMaxInFlight(properties.resubmitBatch());
        return Tasks.recurring("event-resubmission", Schedules.fixedDelay(properties.resubmitInterval()))
                .execute((instance, context) -> failed.getObject().resubmit(options));
    }
}
