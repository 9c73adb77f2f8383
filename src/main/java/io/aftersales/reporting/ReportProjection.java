package io.aftersales.reporting;

import io.aftersales.feedback.ComplaintOpened;
import io.aftersales.feedback.FollowUpCompleted;
import io.aftersales.feedback.FollowUpKind;
import io.aftersales.feedback.FollowUpStatus;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.reporting.domain.DailyFigures.StoreDay;
import io.aftersales.reporting.domain.ReportFacts;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.workorder.WorkOrderDelivered;
import io.aftersales.workorder.WorkOrderReceived;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Writes what the work orders' events and the feedback on them tell into the reporting projection, each on the
 * store's own day: from the events as they come (see {@link ReportingListeners}) and when it is built again (see
 * {@link ReportRebuild}).
 */
@Component
class ReportProjection {

    private final ReportFacts facts;
    private final OrganizationManagement organization;

    ReportProjection(ReportFacts facts, OrganizationManagement organization) {
        this.facts = facts;
        this.organization = organization;
    }

    Set<StoreDay> received(WorkOrderReceived event) {
        ZoneId zone = zone(event.organizationId(), event.storeId());
        return facts.received(event, LocalDate.ofInstant(event.receivedAt(), zone));
    }

    Set<StoreDay> delivered(WorkOrderDelivered event) {
        ZoneId zone = zone(event.organizationId(), event.storeId());
        return facts.delivered(
                event, LocalDate.ofInstant(event.receivedAt(), zone), LocalDate.ofInstant(event.deliveredAt(), zone));
    }

    Set<StoreDay> followedUp(FollowUpCompleted event) {
        if (event.kind() == FollowUpKind.AFTER_SERVICE && event.workOrderId() != null) {
            return facts.followedUp(
                    event.workOrderId(),
                    event.organizationId().value(),
                    event.status() == FollowUpStatus.DONE,
                    event.score(),
                    event.nps());
        }
        return Set.of();
    }

    Set<StoreDay> complained(ComplaintOpened event) {
        if (event.workOrderId() != null) {
            return facts.complained(
                    event.complaintId().value(), event.organizationId().value(), event.workOrderId());
        }
        return Set.of();
    }

    private ZoneId zone(OrganizationId organizationId, StoreId store) {
        return SystemUser.callAs(organizationId, List.of(store), () -> organization.zoneOf(store));
    }
}
