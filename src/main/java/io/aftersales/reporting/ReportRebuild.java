package io.aftersales.reporting;

import io.aftersales.feedback.FeedbackHistory;
import io.aftersales.reporting.domain.DailyFigures;
import io.aftersales.reporting.domain.ReportFacts;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.workorder.WorkOrderHistory;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the organisation's reporting projection again from the work orders and the feedback themselves: after an
 * upgrade that brought the projection (jobs from before it have no rows), or should a figure ever be doubted. One
 * transaction: the figures are the old ones until the new ones are complete, and events handled meanwhile are not
 * lost (their writes are idempotent).
 */
@Service
public class ReportRebuild {

    /** How much was told again. */
    public record Rebuilt(long workOrders, long feedback) {}

    private final ReportFacts facts;
    private final ReportProjection projection;
    private final WorkOrderHistory workOrders;
    private final FeedbackHistory feedback;
    private final AuditTrail audit;
    private final DailyFigures daily;

    ReportRebuild(
            ReportFacts facts,
            ReportProjection projection,
            WorkOrderHistory workOrders,
            FeedbackHistory feedback,
            AuditTrail audit,
            DailyFigures daily) {
        this.daily = daily;
        this.facts = facts;
        this.projection = projection;
        this.workOrders = workOrders;
        this.feedback = feedback;
        this.audit = audit;
    }

    @PreAuthorize(RoleGroups.ADMINS)
    @Transactional
    public Rebuilt rebuild() {
        UUID organization = CurrentUser.require().organizationId().value();
        facts.forget(organization);
        long jobs = workOrders.replay(projection::received, projection::delivered);
        long told = feedback.replay(projection::followedUp, projection::complained);
        daily.refreshAll(organization);
        audit.record("REBUILD_REPORTS", "ReportProjection", "all", jobs + " / " + told);
        return new Rebuilt(jobs, told);
    }
}
