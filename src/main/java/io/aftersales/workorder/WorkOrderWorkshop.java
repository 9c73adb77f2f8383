package io.aftersales.workorder;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.workorder.domain.WorkOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workshop (车间): inspection and service plan, dispatch to a lead technician and helpers, the work with its clock
 * and log, quality check by someone other than the lead, and the final test that completes the job (the inventory
 * issues its parts on {@link WorkOrderCompleted}, in the same transaction, so a part still short refuses completion).
 */
@Service
public class WorkOrderWorkshop {

    private final WorkOrderSteps steps;
    private final WorkshopStock stock;
    private final OrganizationManagement organization;
    private final WorkOrderProperties properties;
    private final List<LeadQualification> qualifications;
    private final AuditTrail auditTrail;

    WorkOrderWorkshop(
            WorkOrderSteps steps,
            WorkshopStock stock,
            OrganizationManagement organization,
            WorkOrderProperties properties,
            List<LeadQualification> qualifications,
            AuditTrail auditTrail) {
        this.steps = steps;
        this.stock = stock;
        this.organization = organization;
        this.properties = properties;
        this.qualifications = qualifications;
        this.auditTrail = auditTrail;
    }

    // Inspection and plan.

    @PreAuthorize(RoleGroups.WORKSHOP)
    @Transactional
    public WorkOrderView recordInspection(WorkOrderId id, long version, List<InspectionResult> results) {
        return steps.act(id, version, "INSPECT", order -> order.recordInspection(results, steps.now()));
    }

    @PreAuthorize(RoleGroups.WORKSHOP)
    @Transactional
    public WorkOrderView plan(
            WorkOrderId id, long version, @Nullable String mainProblem, @Nullable String steps, List<String> toBring) {
        List<String> items = toBring.stream()
                .filter(item -> !item.isBlank())
                .map(String::trim)
                .toList();
        return this.steps.act(id, version, "PLAN", order -> order.plan(mainProblem, steps, items, this.steps.now()));
    }

    /**
     * Copies the store's on-site tool kit (tools of the category {@code aftersales.workorder.on-site-kit}) into the
     * plan's checklist, so that an on-site job leaves only with every one of them ticked.
     */
    @PreAuthorize(RoleGroups.WORKSHOP)
    @Transactional
    public WorkOrderView copyToolKit(WorkOrderId id, long version) {
        WorkOrder order = steps.find(id);
        WorkOrderView view = steps.view(order);
        List<String> items = new ArrayList<>(view.workshop().checklist().stream()
                .map(WorkOrderView.ChecklistItemView::item)
                .toList());
        for (String tool : stock.toolKit(Identifier.of(order.storeId(), StoreId::new), properties.onSiteKit())) {
            if (!items.contains(tool)) {
                items.add(tool);
            }
        }
        return steps.act(
                id,
                version,
                "PLAN",
                o -> o.plan(view.workshop().mainProblem(), view.workshop().plannedSteps(), items, steps.now()));
    }

    @PreAuthorize(RoleGroups.WORKSHOP)
    @Transactional
    public WorkOrderView tickChecklist(WorkOrderId id, long version, List<Integer> ticked) {
        return steps.act(id, version, "TICK", order -> order.tickChecklist(ticked, steps.now()));
    }

    // Dispatch and work.

    /**
     * Dispatch (派工): the lead and the helpers must be active technicians of the work order's store, and the lead must
     * hold a valid certificate of the skill the service type requires (staff), unless a manager gives the reason to
     * dispatch anyway ({@code overrideReason}, kept in the history and the audit trail).
     */
    @PreAuthorize(RoleGroups.DISPATCHERS)
    @Transactional
    public WorkOrderView dispatch(
            WorkOrderId id,
            long version,
            UserId leadTechnicianId,
            List<UserId> assistantIds,
            @Nullable String bay,
            @Nullable String overrideReason) {
        WorkOrder order = steps.find(id);
        StoreId store = Identifier.of(order.storeId(), StoreId::new);
        List<UserId> crew = new ArrayList<>(assistantIds);
        crew.add(leadTechnicianId);
        List<StaffMember> members = organization.staff(crew);
        for (UserId member : crew) {
            boolean technicianHere = members.stream()
                    .anyMatch(m -> m.id().equals(member) && m.active() && m.has(Role.TECHNICIAN) && m.worksAt(store));
            if (!technicianHere) {
                throw new InvalidInputException(
                        member.equals(leadTechnicianId) ? "leadTechnicianId" : "assistantIds",
                        "workOrder.notATechnicianHere");
            }
        }
        String override = overridden(order, store, leadTechnicianId, overrideReason);
        WorkOrderView dispatched = steps.act(
                id,
                version,
                "DISPATCH",
                o -> o.dispatch(
                        Identifier.valueOf(leadTechnicianId),
                        assistantIds.stream().map(UserId::value).distinct().toList(),
                        bay,
                        override,
                        WorkOrderSteps.actor(),
                        steps.now()));
        if (override != null) {
            auditTrail.record("DISPATCH_OVERRIDE", "WorkOrder", id, override);
        }
        return dispatched;
    }

    /**
     * Null when the lead holds what the job requires; else the skill missing and the manager's reason to dispatch
     * anyway. Without a reason, or with one from someone who manages no store, dispatch is refused (409).
     */
    private @Nullable String overridden(WorkOrder order, StoreId store, UserId lead, @Nullable String overrideReason) {
        LocalDate today = LocalDate.ofInstant(steps.now(), organization.zoneOf(store));
        for (LeadQualification qualification : qualifications) {
            Optional<String> missing = qualification.missing(lead, order.serviceType(), today);
            if (missing.isEmpty()) {
                continue;
            }
            if (overrideReason == null || overrideReason.isBlank()) {
                throw new LeadNotCertifiedException("workOrder.leadNotCertified", missing.get());
            }
            if (!CurrentUser.require().isManager()) {
                throw new LeadNotCertifiedException("workOrder.overrideNeedsManager", missing.get());
            }
            return missing.get() + ": " + overrideReason.trim();
        }
        return null;
    }

    @PreAuthorize(RoleGroups.WORKSHOP)
    @Transactional
    public WorkOrderView start(WorkOrderId id, long version) {
        return steps.act(id, version, "START", order -> order.start(WorkOrderSteps.actor(), steps.now()));
    }

    @PreAuthorize(RoleGroups.WORKSHOP)
    @Transactional
    public WorkOrderView hold(WorkOrderId id, long version, String reason) {
        return steps.act(id, version, "HOLD", order -> order.hold(reason, WorkOrderSteps.actor(), steps.now()));
    }

    @PreAuthorize(RoleGroups.WORKSHOP)
    @Transactional
    public WorkOrderView resume(WorkOrderId id, long version) {
        return steps.act(id, version, "RESUME", order -> order.resume(WorkOrderSteps.actor(), steps.now()));
    }

    /** The signed-in technician clocks on a job of this work order (or on the work order as a whole). */
    @PreAuthorize(RoleGroups.WORKSHOP)
    @Transactional
    public WorkOrderView clockOn(WorkOrderId id, long version, @Nullable WorkOrderLineId lineId) {
        return steps.act(
                id,
                version,
                "CLOCK_ON",
                order ->
                        order.clockOn(CurrentUser.require().userId().value(), Identifier.valueOf(lineId), steps.now()));
    }

    @PreAuthorize(RoleGroups.WORKSHOP)
    @Transactional
    public WorkOrderView clockOff(WorkOrderId id, long version) {
        return steps.act(
                id,
                version,
                "CLOCK_OFF",
                order -> order.clockOff(CurrentUser.require().userId().value(), steps.now()));
    }

    @PreAuthorize(RoleGroups.WORKSHOP)
    @Transactional
    public WorkOrderView log(
            WorkOrderId id, long version, String text, @Nullable WorkOrderLineId lineId, @Nullable String rootCause) {
        return steps.act(
                id,
                version,
                "LOG",
                order -> order.log(text, Identifier.valueOf(lineId), rootCause, WorkOrderSteps.actor(), steps.now()));
    }

    // Quality check and final test.

    @PreAuthorize(RoleGroups.WORKSHOP)
    @Transactional
    public WorkOrderView submitForQualityCheck(WorkOrderId id, long version) {
        return steps.act(
                id,
                version,
                "SUBMIT_FOR_QC",
                order -> order.submitForQualityCheck(WorkOrderSteps.actor(), steps.now()));
    }

    @PreAuthorize(RoleGroups.QUALITY_CHECK)
    @Transactional
    public WorkOrderView passQualityCheck(WorkOrderId id, long version, @Nullable String note) {
        return steps.act(
                id, version, "PASS_QC", order -> order.passQualityCheck(note, WorkOrderSteps.actor(), steps.now()));
    }

    @PreAuthorize(RoleGroups.QUALITY_CHECK)
    @Transactional
    public WorkOrderView failQualityCheck(WorkOrderId id, long version, String reason) {
        return steps.act(
                id, version, "FAIL_QC", order -> order.failQualityCheck(reason, WorkOrderSteps.actor(), steps.now()));
    }

    @PreAuthorize(RoleGroups.QUALITY_CHECK)
    @Transactional
    public WorkOrderView complete(WorkOrderId id, long version, @Nullable String finalTest) {
        return steps.act(
                id, version, "COMPLETE", order -> order.complete(finalTest, WorkOrderSteps.actor(), steps.now()));
    }
}
