package io.aftersales.feedback;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.security.SystemUser;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The feedback loop's scheduled work, run by db-scheduler: each task instance is picked by one instance at a time
 * and survives restarts, so a follow-up falls due once, deadlines are checked once per interval, and messages go out
 * from one place. The facades are looked up when a task runs: the scheduler that runs the tasks is what they
 * schedule with.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackTasks {

    private static final Logger log = LoggerFactory.getLogger(FeedbackTasks.class);

    @Bean
    OneTimeTask<String> followUpDueTask(ObjectProvider<FollowUpManagement> followUps) {
        return Tasks.oneTime(FollowUpManagement.FOLLOW_UP_DUE)
                .onFailureRetryLater()
                .execute((instance, context) -> {
                    FollowUpManagement.Due due = FollowUpManagement.Due.parse(instance.getData());
                    SystemUser.callAs(
                            due.organizationId(),
                            List.of(),
                            () -> followUps.getObject().createAfterService(due));
                });
    }

    @Bean
    RecurringTask<Void> complaintEscalationTask(
            ObjectProvider<ComplaintManagement> complaints, FeedbackProperties properties) {
        return Tasks.recurring("complaint-escalation", Schedules.fixedDelay(properties.escalationInterval()))
                .execute((instance, context) -> {
                    int escalated = complaints.getObject().escalateOverdue();
                    if (escalated > 0) {
                        log.info("Escalated {} complaint(s) past their deadline", escalated);
                    }
                });
    }

    @Bean
    RecurringTask<Void> messageOutboxTask(ObjectProvider<Outbox> outbox, FeedbackProperties properties) {
        return Tasks.recurring("message-outbox", Schedules.fixedDelay(properties.outboxInterval()))
                .execute((instance, context) -> outbox.getObject().sendDue());
    }

    /** Campaigns whose time has come are queued in the outbox; the outbox task sends them. */
    @Bean
    RecurringTask<Void> campaignTask(ObjectProvider<Campaigns> campaigns) {
        return Tasks.recurring("campaigns", Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> campaigns.getObject().launchDue());
    }

    @Bean
    RecurringTask<Void> dailyRemindersTask(
            ObjectProvider<ReminderManagement> reminders, ObjectProvider<OrganizationManagement> organization) {
        return Tasks.recurring("daily-reminders", Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> organization
                        .getObject()
                        .storesByOrganization()
                        .forEach((id, stores) -> {
                            if (!stores.isEmpty()) {
                                runIn(reminders.getObject(), id, stores);
                            }
                        }));
    }

    private static void runIn(ReminderManagement reminders, OrganizationId organizationId, List<StoreView> stores) {
        try {
            int acted = SystemUser.callAs(
                    organizationId, stores.stream().map(StoreView::id).toList(), () -> reminders.runDaily(stores));
            if (acted > 0) {
                log.info("Organisation {}: {} reminder(s) became follow-ups or messages", organizationId, acted);
            }
        } catch (RuntimeException e) {
            // One organisation's trouble must not hold up the others; the next run tries again.
            log.warn("Reminders of organisation {} failed: {}", organizationId, e.toString());
        }
    }
}
