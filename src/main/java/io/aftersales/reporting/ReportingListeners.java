package io.aftersales.reporting;

import io.aftersales.feedback.ComplaintOpened;
import io.aftersales.feedback.FollowUpCompleted;
import io.aftersales.reporting.domain.DailyFigures;
import io.aftersales.workorder.WorkOrderDelivered;
import io.aftersales.workorder.WorkOrderReceived;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the reporting projection from the events as they come, each in a transaction of its own after the change,
 * with the sums of the store days it touched.
 */
@Component
class ReportingListeners {

    private final ReportProjection projection;
    private final DailyFigures daily;

    ReportingListeners(ReportProjection projection, DailyFigures daily) {
        this.projection = projection;
        this.daily = daily;
    }

    /** A reception that is no comeback changes only what was received on its day. */
    @ApplicationModuleListener
    void received(WorkOrderReceived event) {
        Set<KpiMeasure> changed =
                event.comebackOf() == null ? EnumSet.of(KpiMeasure.RECEIVED) : EnumSet.allOf(KpiMeasure.class);
        daily.refresh(event.organizationId().value(), projection.received(event), changed);
    }

    @ApplicationModuleListener
    void delivered(WorkOrderDelivered event) {
        daily.refresh(event.organizationId().value(), projection.delivered(event));
    }

    @ApplicationModuleListener
    void followedUp(FollowUpCompleted event) {
        daily.refresh(event.organizationId().value(), projection.followedUp(event));
    }

    @ApplicationModuleListener
    void complained(ComplaintOpened event) {
        daily.refresh(event.organizationId().value(), projection.complained(event));
    }
}
