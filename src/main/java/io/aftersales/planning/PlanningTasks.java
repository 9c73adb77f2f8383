package io.aftersales.planning;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.security.SystemUser;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Planning's scheduled work, run by db-scheduler on one instance at a time: every hour each organisation's service
 * contracts open the visits that have fallen due (a visit opens once, however often this runs).
 */
@Configuration(proxyBeanMethods = false)
class PlanningTasks {

    private static final Logger log = LoggerFactory.getLogger(PlanningTasks.class);

    @Bean
    RecurringTask<Void> contractVisitsTask(
            ObjectProvider<ServiceContracts> contracts, ObjectProvider<OrganizationManagement> organization) {
        return Tasks.recurring("contract-visits", Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> organization
                        .getObject()
                        .storesByOrganization()
                        .forEach((id, stores) -> {
                            int opened = SystemUser.callAs(
                                    id,
                                    stores.stream().map(StoreView::id).toList(),
                                    () -> contracts.getObject().openDueVisitsOfAll());
                            if (opened > 0) {
                                log.info("Opened {} contract visit(s) in organisation {}", opened, id);
                            }
                        }));
    }
}
