package io.aftersales.shared.web;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Forgets idempotency keys past their time-to-live, hourly, on one instance. */
@Configuration(proxyBeanMethods = false)
class IdempotencyExpiry {

    @Bean
    RecurringTask<Void> idempotencyExpiryTask(ObjectProvider<IdempotencyFilter> filter) {
        return Tasks.recurring("idempotency-expiry", Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> filter.getObject().expire());
    }
}
