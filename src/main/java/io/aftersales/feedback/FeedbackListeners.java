package io.aftersales.feedback;

import io.aftersales.customer.ConsentWithdrawn;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.workorder.WorkOrderDelivered;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What a delivered work order starts: its follow-up is scheduled (in the same transaction as the event's
 * completion, so a crash in between repeats both), and its reminders and the customer's spend are recorded. Two
 * listeners, so that trouble with one does not hold up the other.
 */
@Component
class FeedbackListeners {

    private final FollowUpManagement followUps;
    private final ReminderManagement reminders;
    private final Campaigns campaigns;

    FeedbackListeners(FollowUpManagement followUps, ReminderManagement reminders, Campaigns campaigns) {
        this.followUps = followUps;
        this.reminders = reminders;
        this.campaigns = campaigns;
    }

    /** An opt-out takes back the campaign messages still waiting, in the transaction that records it. */
    @EventListener
    void withdrawCampaignMessages(ConsentWithdrawn withdrawn) {
        campaigns.withdraw(withdrawn.organizationId(), withdrawn.customerId(), withdrawn.channel());
    }

    @ApplicationModuleListener
    void scheduleFollowUp(WorkOrderDelivered delivered) {
        followUps.schedule(delivered);
    }

    @ApplicationModuleListener
    void recordReminders(WorkOrderDelivered delivered) {
        SystemUser.callAs(delivered.organizationId(), List.of(delivered.storeId()), () -> {
            reminders.delivered(delivered);
            return null;
        });
    }
}
