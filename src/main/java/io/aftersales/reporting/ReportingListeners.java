package io.aftersales.reporting;

import io.aftersales.feedback.ComplaintOpened;
import io.aftersales.feedback.FollowUpCompleted;
import io.aftersales.workorder.WorkOrderDelivered;
import io.aftersales.workorder.WorkOrderReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the reporting projection from the events as they come, each in a transaction of its own, after the change. */
@Component
class ReportingListeners {

    private final ReportProjection projection;

    ReportingListeners(ReportProjection projection) {
        this.projection = projection;
    }

    @ApplicationModuleListener
    void received(WorkOrderReceived event) {
        projection.received(event);
    }

    @ApplicationModuleListener
    void delivered(WorkOrderDelivered event) {
        projection.delivered(event);
    }

    @ApplicationModuleListener
    void followedUp(FollowUpCompleted event) {
        projection.followedUp(event);
    }

    @ApplicationModuleListener
    void complained(ComplaintOpened event) {
        projection.complained(event);
    }
}
