package io.aftersales.feedback;

import io.aftersales.customer.CustomerManagement;
import io.aftersales.feedback.domain.Actor;
import io.aftersales.feedback.domain.Complaint;
import io.aftersales.feedback.domain.ComplaintRepository;
import io.aftersales.feedback.domain.FollowUp;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.Labels;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.security.TenantContext;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderManagement;
import io.aftersales.workorder.WorkOrderReception;
import io.aftersales.workorder.WorkOrderView;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The complaint desk. Every action names the version the caller read (a stale one is refused with 409), is checked
 * by the complaint itself, recorded in its history and in the audit trail. Resolving opens the verification
 * follow-up that asks the customer whether they are satisfied.
 */
@Service
public class ComplaintManagement {

    private static final Logger log = LoggerFactory.getLogger(ComplaintManagement.class);
    private static final Set<String> SORTS = Set.of("openedAt", "resolveDue", "severity", "status", "number");

    private final ComplaintRepository complaints;
    private final FollowUpFactory followUps;
    private final WorkOrderManagement workOrders;
    private final WorkOrderReception reception;
    private final CustomerManagement customers;
    private final OrganizationManagement organization;
    private final FeedbackProperties properties;
    private final AuditTrail auditTrail;
    private final TransactionTemplate transactions;
    private final Labels labels;
    private final Clock clock;

    ComplaintManagement(
            ComplaintRepository complaints,
            FollowUpFactory followUps,
            WorkOrderManagement workOrders,
            WorkOrderReception reception,
            CustomerManagement customers,
            OrganizationManagement organization,
            FeedbackProperties properties,
            AuditTrail auditTrail,
            PlatformTransactionManager transactionManager,
            Clock clock,
            Labels labels) {
        this.labels = labels;
        this.complaints = complaints;
        this.followUps = followUps;
        this.workOrders = workOrders;
        this.reception = reception;
        this.customers = customers;
        this.organization = organization;
        this.properties = properties;
        this.auditTrail = auditTrail;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** A complaint taken by hand; with a work order it is attributed to its advisor and lead technician. */
    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional
    public ComplaintView open(NewComplaint request) {
        FollowUp.Subject about = subjectOf(request);
        SignedInUser user = CurrentUser.require();
        if (!user.canSeeStore(Identifier.of(about.storeId(), StoreId::new))) {
            throw new InvalidInputException("storeId", "complaint.unknownStore");
        }
        UserId owner = request.ownerId() != null
                ? staffAt(Identifier.of(about.storeId(), StoreId::new), request.ownerId())
                        .id()
                : manager(Identifier.of(about.storeId(), StoreId::new));
        Instant now = clock.instant();
        Complaint complaint = new Complaint(
                user.organizationId().value(),
                about,
                request.source(),
                request.severity(),
                request.description(),
                null,
                Identifier.valueOf(owner),
                properties.deadlinesFor(request.severity()),
                actor(),
                now);
        complaints.saveNew(complaint);
        auditTrail.record("OPEN", "Complaint", complaint.id(), complaint.number());
        return complaint.toView(now);
    }

    /** A complaint opened because a follow-up or survey answer was low; in the follow-up's transaction. */
    Complaint openFromFollowUp(FollowUp followUp, ComplaintSource source, Instant now) {
        Severity severity =
                (followUp.score() != null && followUp.score() <= 1) || (followUp.nps() != null && followUp.nps() <= 3)
                        ? Severity.HIGH
                        : Severity.MEDIUM;
        StringBuilder said = new StringBuilder();
        followUp.answers().stream()
                .filter(a -> a.score() != null && a.score() <= properties.lowScore())
                .forEach(a -> said.append(a.question())
                        .append("：")
                        .append(a.score())
                        .append(a.text() == null ? "" : "（" + a.text() + "）")
                        .append("；"));
        if (followUp.nps() != null) {
            said.append("NPS：").append(followUp.nps()).append("；");
        }
        if (followUp.comment() != null) {
            said.append(followUp.comment());
        }
        Complaint complaint = new Complaint(
                followUp.organizationId(),
                followUp.about(),
                source,
                severity,
                said.length() == 0 ? "—" : said.toString(),
                followUp.id(),
                Identifier.valueOf(manager(Identifier.of(followUp.about().storeId(), StoreId::new))),
                properties.deadlinesFor(severity),
                new Actor(null, "system"),
                now);
        return complaints.saveNew(complaint);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ComplaintView get(ComplaintId id) {
        return find(id).toView(clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PagedResult<ComplaintView> search(
            ComplaintFilter filter, @Nullable Integer page, @Nullable Integer size, @Nullable String sort) {
        Instant now = clock.instant();
        return PagedResult.of(
                complaints.search(
                        Identifier.valueOf(filter.storeId()),
                        filter.status(),
                        filter.severity(),
                        Identifier.valueOf(filter.ownerId()),
                        Identifier.valueOf(filter.customerId()),
                        Identifier.valueOf(filter.workOrderId()),
                        filter.escalated() ? 1 : null,
                        filter.unfinished(),
                        filter.late() ? now : null,
                        Complaint.ACTIVE,
                        Paging.request(page, size, sort, SORTS, Sort.by(Sort.Direction.DESC, "openedAt"))),
                c -> c.toView(now));
    }

    /** The complaints of a filter as an XLSX sheet, one row each, with deadlines and the loop's outcome. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void export(ComplaintFilter filter, OutputStream out) {
        List<List<?>> rows = new ArrayList<>();
        for (ComplaintView c : PagedResult.allPages(page -> search(filter, page, Paging.MAX_SIZE, null))) {
            rows.add(Arrays.asList(
                    c.number(),
                    c.openedAt().toString(),
                    labels.of("complaint.source.", c.source()),
                    labels.of("complaint.severity.", c.severity()),
                    labels.of("complaint.status.", c.status()),
                    c.customerName(),
                    c.workOrderNumber(),
                    c.description(),
                    c.rootCause(),
                    c.correctiveAction(),
                    c.resolveDue().toString(),
                    c.late() ? labels.text("complaint.late") : "",
                    c.escalationLevel(),
                    c.closedAt() == null ? null : c.closedAt().toString()));
        }
        Spreadsheets.writeXlsx(
                out,
                labels.text("nav.complaints"),
                labels.texts(
                        "complaint.number",
                        "complaint.openedAt",
                        "complaint.source",
                        "complaint.severity",
                        "complaint.status",
                        "workOrder.customer",
                        "workOrder.number",
                        "complaint.description",
                        "complaint.rootCause",
                        "complaint.correctiveAction",
                        "complaint.resolveDue",
                        "complaint.late",
                        "complaint.escalationLevel",
                        "complaint.closedAt"),
                rows);
    }

    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional
    public ComplaintView acknowledge(ComplaintId id, long version) {
        return act(id, version, "ACKNOWLEDGE", c -> c.acknowledge(actor(), clock.instant()));
    }

    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional
    public ComplaintView assign(ComplaintId id, long version, UserId ownerId) {
        Complaint complaint = find(id);
        StaffMember owner = staffAt(Identifier.of(complaint.storeId(), StoreId::new), ownerId);
        return act(
                id,
                version,
                "ASSIGN",
                c -> c.assign(owner.id().value(), owner.displayName(), actor(), clock.instant()));
    }

    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional
    public ComplaintView investigate(ComplaintId id, long version) {
        return act(id, version, "INVESTIGATE", c -> c.investigate(actor(), clock.instant()));
    }

    /** Resolves with a root cause and a corrective action, and asks the customer to confirm (a verification call). */
    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional
    public ComplaintView resolve(
            ComplaintId id, long version, @Nullable String rootCause, @Nullable String correctiveAction) {
        ComplaintView view =
                act(id, version, "RESOLVE", c -> c.resolve(rootCause, correctiveAction, actor(), clock.instant()));
        Complaint complaint = find(id);
        Instant now = clock.instant();
        followUps.create(
                CurrentUser.require().organizationId(),
                FollowUpKind.VERIFICATION,
                "VERIFICATION:" + id + ":" + view.history().size(),
                complaint.about(),
                id,
                complaint.number(),
                now,
                now);
        return view;
    }

    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional
    public ComplaintView verify(ComplaintId id, long version, boolean satisfied, @Nullable String note) {
        return act(id, version, "VERIFY", c -> c.verify(satisfied, note, actor(), clock.instant()));
    }

    /** The verification call's answer, in that call's transaction. */
    void verifyFromFollowUp(ComplaintId id, boolean satisfied, @Nullable String note, Actor by, Instant now) {
        Complaint complaint = find(id);
        complaint.verify(satisfied, note, by, now);
        complaints.save(complaint);
    }

    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional
    public ComplaintView close(ComplaintId id, long version) {
        return act(id, version, "CLOSE", c -> c.close(actor(), clock.instant()));
    }

    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional
    public ComplaintView reopen(ComplaintId id, long version, @Nullable String reason) {
        return act(id, version, "REOPEN", c -> c.reopen(reason, actor(), clock.instant()));
    }

    /** Opens a rework work order for the complaint's job through the work-order module and links it. */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public ComplaintView rework(ComplaintId id, long version, @Nullable String description) {
        Complaint complaint = find(id);
        checkVersion(complaint, version);
        if (complaint.workOrderId() == null) {
            throw new InvalidInputException("workOrderId", "complaint.noWorkOrder");
        }
        String text = description != null && !description.isBlank()
                ? description.trim()
                : complaint.toView(clock.instant()).description();
        WorkOrderView rework = reception.openRework(
                Identifier.of(complaint.workOrderId(), WorkOrderId::new), "返工（投诉 " + complaint.number() + "）：" + text);
        return act(id, version, "REWORK", c -> c.linkRework(rework.header().id().value(), actor(), clock.instant()));
    }

    /**
     * Escalates every active complaint past a deadline, in every organisation, each in a transaction of its own; a
     * complaint changed by someone at the same moment is left for the next run. Returns how many were escalated.
     */
    public int escalateOverdue() {
        Instant now = clock.instant();
        List<UUID> overdue = TenantContext.callAsSystem(
                () -> transactions.execute(status -> complaints.overdue(now, Complaint.ACTIVE)));
        int escalated = 0;
        for (UUID id : overdue == null ? List.<UUID>of() : overdue) {
            try {
                Boolean changed = TenantContext.callAsSystem(() -> transactions.execute(status -> {
                    Complaint complaint = complaints.findById(id).orElseThrow();
                    boolean raised = complaint.escalate(now, properties.escalateToHqAfter());
                    if (raised) {
                        complaints.save(complaint);
                        auditTrail.recordIn(
                                complaint.organizationId(), "ESCALATE", "Complaint", id, complaint.number());
                    }
                    return raised;
                }));
                escalated += Boolean.TRUE.equals(changed) ? 1 : 0;
            } catch (OptimisticLockingFailureException e) {
                log.debug("Complaint {} changed while escalating; next run takes it", id);
            }
        }
        return escalated;
    }

    private ComplaintView act(ComplaintId id, long version, String action, Consumer<Complaint> change) {
        Complaint complaint = find(id);
        checkVersion(complaint, version);
        change.accept(complaint);
        complaints.saveNew(complaint);
        auditTrail.record(action, "Complaint", id, complaint.number());
        return complaint.toView(clock.instant());
    }

    private static void checkVersion(Complaint complaint, long version) {
        if (complaint.version() != version) {
            throw new StaleVersionException(version, complaint.version());
        }
    }

    private Complaint find(ComplaintId id) {
        return complaints.findById(id.value()).orElseThrow(() -> new NotFoundException("Complaint", id));
    }

    private FollowUp.Subject subjectOf(NewComplaint request) {
        if (request.workOrderId() != null) {
            return FollowUp.Subject.of(workOrders.get(request.workOrderId()));
        }
        if (request.storeId() == null) {
            throw new InvalidInputException("storeId", "complaint.storeRequired");
        }
        if (request.customerId() == null || !customers.isActive(request.customerId())) {
            throw new InvalidInputException("customerId", "complaint.unknownCustomer");
        }
        organization.visibleStore(request.storeId());
        return new FollowUp.Subject(
                Identifier.valueOf(request.storeId()),
                null,
                null,
                Identifier.valueOf(request.customerId()),
                customers.get(request.customerId()).name(),
                null,
                null,
                null,
                null,
                null);
    }

    private StaffMember staffAt(StoreId storeId, UserId userId) {
        return organization.staffOf(storeId).stream()
                .filter(member -> member.id().equals(userId))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("ownerId", "complaint.unknownOwner"));
    }

    private @Nullable UserId manager(StoreId storeId) {
        return organization.staffOf(storeId).stream()
                .filter(member -> member.has(Role.STORE_MANAGER))
                .map(StaffMember::id)
                .findFirst()
                .orElse(null);
    }

    static Actor actor() {
        SignedInUser user = CurrentUser.require();
        return new Actor(user.userId().value(), user.displayName());
    }
}
