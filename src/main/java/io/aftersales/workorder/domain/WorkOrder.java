package io.aftersales.workorder.domain;

import static io.aftersales.workorder.WorkOrderStatus.APPROVED;
import static io.aftersales.workorder.WorkOrderStatus.CANCELLED;
import static io.aftersales.workorder.WorkOrderStatus.COMPLETED;
import static io.aftersales.workorder.WorkOrderStatus.DELIVERED;
import static io.aftersales.workorder.WorkOrderStatus.DISPATCHED;
import static io.aftersales.workorder.WorkOrderStatus.ESTIMATED;
import static io.aftersales.workorder.WorkOrderStatus.IN_PROGRESS;
import static io.aftersales.workorder.WorkOrderStatus.ON_HOLD;
import static io.aftersales.workorder.WorkOrderStatus.QUALITY_CHECK;
import static io.aftersales.workorder.WorkOrderStatus.RECEIVED;
import static io.aftersales.workorder.WorkOrderStatus.SETTLED;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.Money;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.HistoryEntry;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.StoreVisibility;
import io.aftersales.workorder.ApprovalChannel;
import io.aftersales.workorder.InspectionResult;
import io.aftersales.workorder.JobFigures;
import io.aftersales.workorder.LineDecision;
import io.aftersales.workorder.LineKind;
import io.aftersales.workorder.NewLine;
import io.aftersales.workorder.NewWorkOrder;
import io.aftersales.workorder.PartLineAdded;
import io.aftersales.workorder.PartLineRemoved;
import io.aftersales.workorder.PartUse;
import io.aftersales.workorder.PayType;
import io.aftersales.workorder.PayTypeTotal;
import io.aftersales.workorder.PaymentLine;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.WorkOrderApproved;
import io.aftersales.workorder.WorkOrderCancelled;
import io.aftersales.workorder.WorkOrderCompleted;
import io.aftersales.workorder.WorkOrderDelivered;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderLineId;
import io.aftersales.workorder.WorkOrderReceived;
import io.aftersales.workorder.WorkOrderStatus;
import io.aftersales.workorder.WorkOrderSummary;
import io.aftersales.workorder.WorkOrderView;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One service job from reception to delivery. Every change of state is an intent-named method that checks its rule
 * first, so a refused step changes nothing, and records who took it in the history.
 */
@Entity
@Table(name = "work_order")
@Filter(name = StoreVisibility.FILTER)
public class WorkOrder extends AbstractAggregateRoot<WorkOrder> {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID storeId;
    private String number;
    private UUID customerId;
    private String customerName;
    private UUID assetId;
    private String assetLabel;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    @Enumerated(EnumType.STRING)
    private WorkOrderStatus status;

    @Enumerated(EnumType.STRING)
    private @Nullable WorkOrderStatus heldFrom;

    private @Nullable String holdReason;
    private String complaint;
    private @Nullable Integer mileage;
    private @Nullable Integer fuelLevel;
    private @Nullable String damage;
    private @Nullable String itemsLeft;
    private @Nullable Instant promisedAt;
    private boolean warrantyCovered;
    private String warrantyReason;
    private UUID advisorId;
    private @Nullable UUID leadTechnicianId;
    private @Nullable String bay;
    private @Nullable String mainProblem;
    private @Nullable String plannedSteps;
    private BigDecimal taxRate;

    /** The customer's membership labour discount at reception, in percent, for customer-paid labour. */
    private BigDecimal labourDiscount = BigDecimal.ZERO;

    private @Nullable String approvedBy;

    @Enumerated(EnumType.STRING)
    private @Nullable ApprovalChannel approvalChannel;

    private @Nullable Instant approvedAt;
    private @Nullable String approvalTokenHash;
    private @Nullable Instant approvalExpiresAt;
    private @Nullable UUID qcPassedBy;
    private @Nullable String qcNote;
    private @Nullable String finalTest;
    private @Nullable Instant completedAt;
    private BigDecimal amountDue;
    private BigDecimal amountOwed;
    private @Nullable Instant settledAt;
    private @Nullable String signedBy;
    private @Nullable String signature;
    private @Nullable Instant deliveredAt;
    private @Nullable String cancelReason;
    private @Nullable UUID comebackOf;

    @Embedded
    private @Nullable Insurance insurance;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "work_order_id", nullable = false)
    @OrderBy("position")
    private List<WorkOrderLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "work_order_history", joinColumns = @JoinColumn(name = "work_order_id"))
    @OrderColumn(name = "position")
    private List<HistoryEntry> history = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "work_order_log", joinColumns = @JoinColumn(name = "work_order_id"))
    @OrderColumn(name = "position")
    private List<LogEntry> log = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "work_order_inspection", joinColumns = @JoinColumn(name = "work_order_id"))
    @OrderColumn(name = "position")
    private List<InspectionItem> inspection = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "work_order_checklist", joinColumns = @JoinColumn(name = "work_order_id"))
    @OrderColumn(name = "position")
    private List<ChecklistItem> checklist = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "work_order_assistant", joinColumns = @JoinColumn(name = "work_order_id"))
    @Column(name = "technician_id")
    private Set<UUID> assistantIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "work_order_time", joinColumns = @JoinColumn(name = "work_order_id"))
    @OrderColumn(name = "position")
    private List<TimeEntry> timeEntries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "work_order_payment", joinColumns = @JoinColumn(name = "work_order_id"))
    @OrderColumn(name = "position")
    private List<PaymentRecord> payments = new ArrayList<>();

    protected WorkOrder() {
        this.id = Ids.newId();
        this.organizationId = new UUID(0, 0);
        this.storeId = new UUID(0, 0);
        this.number = "";
        this.customerId = new UUID(0, 0);
        this.customerName = "";
        this.assetId = new UUID(0, 0);
        this.assetLabel = "";
        this.serviceType = ServiceType.REPAIR;
        this.status = RECEIVED;
        this.complaint = "";
        this.warrantyReason = "";
        this.advisorId = new UUID(0, 0);
        this.taxRate = BigDecimal.ZERO;
        this.amountDue = ZERO;
        this.amountOwed = ZERO;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    /**
     * Reception (接车): opens the work order with the customer's words and the state of the vehicle.
     *
     * @param warrantyCovered whether the asset is under warranty at this date and mileage
     * @param inspectionItems the inspection template for this service type, to be rated
     * @param comebackOf the earlier work order this one repeats, if any
     * @param advisor the job's advisor (by default the customer's own; otherwise who receives it)
     * @param receivedBy who receives it at the desk
     */
    public WorkOrder(
            UUID organizationId,
            String number,
            NewWorkOrder request,
            String customerName,
            String assetLabel,
            boolean warrantyCovered,
            String warrantyReason,
            BigDecimal taxRate,
            List<String> inspectionItems,
            @Nullable UUID comebackOf,
            Actor advisor,
            Actor receivedBy,
            Instant now) {
        this();
        this.organizationId = organizationId;
        this.storeId = Identifier.valueOf(request.storeId());
        this.number = number;
        this.customerId = Identifier.valueOf(request.customerId());
        this.customerName = customerName;
        this.assetId = Identifier.valueOf(request.assetId());
        this.assetLabel = assetLabel;
        this.serviceType = request.serviceType();
        this.complaint = request.complaint().trim();
        this.mileage = request.mileage();
        this.fuelLevel = request.fuelLevel();
        this.damage = trim(request.damage());
        this.itemsLeft = trim(request.itemsLeft());
        this.promisedAt = request.promisedAt();
        this.warrantyCovered = warrantyCovered;
        this.warrantyReason = warrantyReason;
        this.taxRate = taxRate;
        this.advisorId = advisor.id();
        this.comebackOf = comebackOf;
        inspectionItems.forEach(item -> inspection.add(new InspectionItem(item, null, null)));
        this.createdAt = now;
        this.updatedAt = now;
        history.add(new HistoryEntry(
                "RECEIVE",
                null,
                RECEIVED,
                now,
                receivedBy.id(),
                receivedBy.name(),
                Objects.equals(advisor.id(), receivedBy.id()) ? null : advisor.name()));
        registerEvent(receivedEvent());
    }

    // Inspection and plan.

    public void recordInspection(List<InspectionResult> results, Instant now) {
        requireOneOf("inspect", RECEIVED, ESTIMATED, APPROVED, DISPATCHED, IN_PROGRESS);
        inspection.clear();
        results.forEach(r -> inspection.add(new InspectionItem(r.item(), r.rating(), trim(r.note()))));
        touch(now);
    }

    public void plan(@Nullable String mainProblem, @Nullable String plannedSteps, List<String> toBring, Instant now) {
        requireOneOf("plan", RECEIVED, ESTIMATED, APPROVED, DISPATCHED);
        this.mainProblem = trim(mainProblem);
        this.plannedSteps = trim(plannedSteps);
        List<ChecklistItem> kept = new ArrayList<>();
        for (String item : toBring) {
            boolean wasTicked = checklist.stream().anyMatch(c -> c.item().equals(item) && c.ticked());
            kept.add(new ChecklistItem(item, wasTicked));
        }
        checklist.clear();
        checklist.addAll(kept);
        touch(now);
    }

    public void tickChecklist(List<Integer> tickedPositions, Instant now) {
        requireOneOf("tick", RECEIVED, ESTIMATED, APPROVED, DISPATCHED, IN_PROGRESS);
        List<ChecklistItem> updated = new ArrayList<>();
        for (int i = 0; i < checklist.size(); i++) {
            updated.add(new ChecklistItem(checklist.get(i).item(), tickedPositions.contains(i)));
        }
        checklist.clear();
        checklist.addAll(updated);
        touch(now);
    }

    // Estimate and approval.

    /**
     * Adds a line: before approval to the estimate, later as extra work the customer still has to approve. A
     * {@code WARRANTY} line needs the asset under warranty, or a manager's override with a reason.
     */
    public WorkOrderLine addLine(NewLine request, Actor actor, Instant now) {
        requireOneOf("add-line", RECEIVED, ESTIMATED, APPROVED, DISPATCHED, IN_PROGRESS, ON_HOLD);
        String override = null;
        if (request.payType() == PayType.WARRANTY && !warrantyCovered) {
            override = trim(request.warrantyOverrideReason());
            if (override == null) {
                throw new DomainException("not-under-warranty", "workOrder.notUnderWarranty", warrantyReason);
            }
            if (!actor.manager()) {
                throw new DomainException("override-needs-manager", "workOrder.overrideNeedsManager");
            }
        }
        if (request.payType() == PayType.INSURANCE && insurance == null) {
            throw new InvalidInputException("payType", "workOrder.notInsured");
        }
        if (request.kind() == LineKind.PART && request.partId() == null && trim(request.partNumber()) == null) {
            throw new InvalidInputException("partNumber", "workOrder.partNeedsNumber");
        }
        int position = lines.stream().mapToInt(WorkOrderLine::position).max().orElse(0) + 1;
        BigDecimal discount = request.kind() == LineKind.LABOR && request.payType() == PayType.CUSTOMER
                ? labourDiscount
                : BigDecimal.ZERO;
        WorkOrderLine line = new WorkOrderLine(position, request, override, discount, now);
        lines.add(line);
        recalculate();
        touch(now);
        if (line.partId() != null) {
            registerEvent(new PartLineAdded(
                    new OrganizationId(organizationId),
                    new WorkOrderId(id),
                    Identifier.of(storeId, StoreId::new),
                    new WorkOrderLineId(line.id()),
                    Identifier.of(line.partId(), PartId::new),
                    line.quantity(),
                    now));
        }
        return line;
    }

    /** The membership labour discount (percent) that customer-paid labour lines added from now on get. */
    public void grantLabourDiscount(BigDecimal percent) {
        this.labourDiscount = percent;
    }

    public void removeLine(UUID lineId, Instant now) {
        WorkOrderLine line = line(lineId);
        if (line.decision() != LineDecision.PROPOSED) {
            throw new DomainException("line-decided", "workOrder.lineDecided");
        }
        lines.remove(line);
        recalculate();
        touch(now);
        if (line.partId() != null) {
            registerEvent(new PartLineRemoved(
                    new OrganizationId(organizationId),
                    new WorkOrderId(id),
                    Identifier.of(lineId, WorkOrderLineId::new),
                    now));
        }
    }

    public void estimate(Actor actor, Instant now) {
        requireOneOf("estimate", RECEIVED);
        if (lines.isEmpty()) {
            throw new DomainException("no-lines", "workOrder.noLines");
        }
        recalculate();
        move("ESTIMATE", ESTIMATED, actor, now, null);
    }

    /** The link sent to the customer: only its hash is kept, so the database alone cannot approve anything. */
    public void issueApprovalLink(String tokenHash, Instant expiresAt, Instant now) {
        requireOneOf("send-estimate", ESTIMATED, APPROVED, DISPATCHED, IN_PROGRESS, ON_HOLD);
        if (undecidedLines().isEmpty()) {
            throw new DomainException("nothing-to-approve", "workOrder.nothingToApprove");
        }
        this.approvalTokenHash = tokenHash;
        this.approvalExpiresAt = expiresAt;
        touch(now);
    }

    public boolean approvalLinkValid(Instant now) {
        return approvalTokenHash != null && approvalExpiresAt != null && now.isBefore(approvalExpiresAt);
    }

    /**
     * The customer's decision, line by line. Every open line must be answered, and at least one line must remain
     * to do. The first decision moves an estimate to {@code APPROVED}; later ones (extra work found during the job)
     * leave the state as it is.
     */
    public void approve(
            Collection<UUID> approved,
            Collection<UUID> declined,
            String approvedBy,
            ApprovalChannel channel,
            Actor actor,
            Instant now) {
        requireOneOf("approve", ESTIMATED, APPROVED, DISPATCHED, IN_PROGRESS, ON_HOLD);
        if (approvedBy.isBlank()) {
            throw new InvalidInputException("approvedBy", "workOrder.approvedByRequired");
        }
        Set<UUID> both = new LinkedHashSet<>(approved);
        both.retainAll(declined);
        if (!both.isEmpty()) {
            throw new InvalidInputException("declinedLineIds", "workOrder.lineApprovedAndDeclined");
        }
        List<WorkOrderLine> open = undecidedLines();
        for (UUID lineId : approved) {
            requireUndecided(lineId);
        }
        for (UUID lineId : declined) {
            requireUndecided(lineId);
        }
        if (open.isEmpty()) {
            throw new DomainException("nothing-to-approve", "workOrder.nothingToApprove");
        }
        if (open.stream().anyMatch(l -> !approved.contains(l.id()) && !declined.contains(l.id()))) {
            throw new DomainException("undecided-lines", "workOrder.undecidedLines");
        }
        boolean anyToDo =
                lines.stream().anyMatch(l -> l.decision() == LineDecision.APPROVED || approved.contains(l.id()));
        if (!anyToDo) {
            throw new DomainException("everything-declined", "workOrder.everythingDeclined");
        }
        open.forEach(l -> l.decide(approved.contains(l.id()) ? LineDecision.APPROVED : LineDecision.DECLINED, now));
        this.approvedBy = approvedBy.trim();
        this.approvalChannel = channel;
        this.approvedAt = now;
        this.approvalTokenHash = null;
        this.approvalExpiresAt = null;
        recalculate();
        String note = approvedBy.trim();
        if (status == ESTIMATED) {
            move("APPROVE", APPROVED, actor, now, note);
        } else {
            history.add(new HistoryEntry("APPROVE_EXTRA", status, status, now, actor.id(), actor.name(), note));
            touch(now);
        }
        registerEvent(new WorkOrderApproved(
                new OrganizationId(organizationId),
                new WorkOrderId(id),
                Identifier.of(storeId, StoreId::new),
                Identifier.of(customerId, CustomerId::new),
                Identifier.of(advisorId, UserId::new),
                approved.stream().map(WorkOrderLineId::new).toList(),
                declined.stream().map(WorkOrderLineId::new).toList(),
                channel,
                amountDue,
                now));
    }

    // Insurance jobs (事故车).

    /** Where the insurance and its assessment may still change: until the job is completed. */
    private static final WorkOrderStatus[] BEFORE_COMPLETION = {
        RECEIVED, ESTIMATED, APPROVED, DISPATCHED, IN_PROGRESS, ON_HOLD, QUALITY_CHECK
    };

    /** Makes this an insurance job, or corrects its insurer, claim number or excess before the insurer pays. */
    public void insure(String insurer, String claimNumber, BigDecimal excess, Actor actor, Instant now) {
        requireOneOf("insure", BEFORE_COMPLETION);
        if (insurance == null) {
            insurance = new Insurance(insurer, claimNumber, excess);
        } else {
            insurance.update(insurer, claimNumber, excess);
        }
        recalculate();
        history.add(new HistoryEntry(
                "INSURE",
                status,
                status,
                now,
                actor.id(),
                actor.name(),
                insurance.insurer() + " " + claimNumber.trim()));
        touch(now);
    }

    /**
     * The insurer's assessor approves an amount (定损) for the insurance lines, tax included: without it work does not
     * start, and lines beyond it need another assessment before the job is completed.
     */
    public void assess(String assessor, BigDecimal amount, Actor actor, Instant now) {
        requireOneOf("assess", BEFORE_COMPLETION);
        Insurance insured = requireInsured();
        insured.assess(assessor, amount, now);
        history.add(new HistoryEntry(
                "ASSESS",
                status,
                status,
                now,
                actor.id(),
                actor.name(),
                assessor.trim() + " " + Money.of(Objects.requireNonNull(insured.assessedAmount()))));
        touch(now);
    }

    /** The insurer pays (part of) what it owes of a settled job. */
    public void insurerPaid(BigDecimal amount, Actor actor, Instant now) {
        requireOneOf("insurer-paid", SETTLED, DELIVERED);
        Insurance insured = requireInsured();
        insured.paid(amount, now);
        history.add(new HistoryEntry(
                "INSURER_PAID",
                status,
                status,
                now,
                actor.id(),
                actor.name(),
                Money.of(amount).toString()));
        touch(now);
    }

    public @Nullable Insurance insurance() {
        return insurance;
    }

    private Insurance requireInsured() {
        if (insurance == null) {
            throw new DomainException("not-insured", "workOrder.notInsured");
        }
        return insurance;
    }

    /** The gross of the INSURANCE lines that count. */
    private BigDecimal insured() {
        return gross(PayType.INSURANCE);
    }

    /** The gross, tax included, of the lines that count paid by {@code payType}. */
    private BigDecimal gross(PayType payType) {
        return totals().stream()
                .filter(t -> t.payType() == payType)
                .map(PayTypeTotal::gross)
                .findFirst()
                .orElse(ZERO);
    }

    // Dispatch and work.

    /**
     * Dispatch (派工) to a lead and helpers; {@code override} is the reason a manager gave to dispatch a lead without
     * the certificate the job requires, kept in the history.
     */
    public void dispatch(
            UUID leadTechnicianId,
            Collection<UUID> assistants,
            @Nullable String bay,
            @Nullable String override,
            Actor actor,
            Instant now) {
        requireOneOf("dispatch", APPROVED, DISPATCHED);
        if (assistants.contains(leadTechnicianId)) {
            throw new InvalidInputException("assistantIds", "workOrder.leadIsNotAssistant");
        }
        this.leadTechnicianId = leadTechnicianId;
        this.assistantIds.clear();
        this.assistantIds.addAll(assistants);
        this.bay = trim(bay);
        String note = override == null ? this.bay : this.bay == null ? override : this.bay + " · " + override;
        move("DISPATCH", DISPATCHED, actor, now, note);
    }

    /** Work begins; an on-site job leaves only with everything on its checklist ticked. */
    public void start(Actor actor, Instant now) {
        requireOneOf("start", DISPATCHED);
        if (insurance != null) {
            insurance.requireCovered(insured());
        }
        if (serviceType == ServiceType.ON_SITE && checklist.stream().anyMatch(c -> !c.ticked())) {
            throw new DomainException("checklist-not-ticked", "workOrder.checklistNotTicked");
        }
        move("START", IN_PROGRESS, actor, now, null);
    }

    public void hold(String reason, Actor actor, Instant now) {
        requireOneOf("hold", DISPATCHED, IN_PROGRESS);
        if (reason.isBlank()) {
            throw new InvalidInputException("reason", "workOrder.reasonRequired");
        }
        closeOpenTime(now);
        this.heldFrom = status;
        this.holdReason = reason.trim();
        move("HOLD", ON_HOLD, actor, now, holdReason);
    }

    public void resume(Actor actor, Instant now) {
        requireOneOf("resume", ON_HOLD);
        WorkOrderStatus back = Objects.requireNonNull(heldFrom);
        this.heldFrom = null;
        this.holdReason = null;
        move("RESUME", back, actor, now, null);
    }

    public void clockOn(UUID technicianId, @Nullable UUID lineId, Instant now) {
        requireOneOf("clock-on", IN_PROGRESS);
        requireCrew(technicianId);
        if (lineId != null) {
            line(lineId);
        }
        timeEntries.stream()
                .filter(t -> t.open() && t.technicianId().equals(technicianId))
                .forEach(t -> t.end(now));
        timeEntries.add(new TimeEntry(technicianId, lineId, now));
        touch(now);
    }

    public void clockOff(UUID technicianId, Instant now) {
        boolean any = false;
        for (TimeEntry entry : timeEntries) {
            if (entry.open() && entry.technicianId().equals(technicianId)) {
                entry.end(now);
                any = true;
            }
        }
        if (!any) {
            throw new DomainException("not-clocked-on", "workOrder.notClockedOn");
        }
        touch(now);
    }

    /** A work-log entry; naming a labour line with a root cause records why that problem happened (问题原因). */
    public void log(String text, @Nullable UUID lineId, @Nullable String rootCause, Actor actor, Instant now) {
        requireOneOf("log", DISPATCHED, IN_PROGRESS, ON_HOLD, QUALITY_CHECK);
        if (text.isBlank()) {
            throw new InvalidInputException("text", "workOrder.textRequired");
        }
        String cause = trim(rootCause);
        if (cause != null) {
            if (lineId == null) {
                throw new InvalidInputException("lineId", "workOrder.rootCauseNeedsLine");
            }
            WorkOrderLine line = line(lineId);
            if (line.kind() != LineKind.LABOR) {
                throw new InvalidInputException("lineId", "workOrder.rootCauseNeedsLabor");
            }
            line.recordRootCause(cause);
        } else if (lineId != null) {
            line(lineId);
        }
        log.add(new LogEntry(now, Objects.requireNonNull(actor.id()), actor.name(), lineId, text.trim(), cause));
        touch(now);
    }

    // Quality check, final test, settlement and delivery.

    public void submitForQualityCheck(Actor actor, Instant now) {
        requireOneOf("submit-for-qc", IN_PROGRESS);
        closeOpenTime(now);
        this.qcPassedBy = null;
        move("SUBMIT_FOR_QC", QUALITY_CHECK, actor, now, null);
    }

    /**
     * Quality check (质量监控) by someone other than the lead technician. A problem without a found cause counts as
     * unsolved, so every repair job must have its root cause.
     */
    public void passQualityCheck(@Nullable String note, Actor inspector, Instant now) {
        requireOneOf("pass-qc", QUALITY_CHECK);
        if (qcPassedBy != null) {
            throw new DomainException("qc-already-passed", "workOrder.qcAlreadyPassed");
        }
        if (Objects.equals(inspector.id(), leadTechnicianId)) {
            throw new DomainException("qc-by-lead", "workOrder.qcByLead");
        }
        List<String> withoutCause = jobsWithoutRootCause();
        if (!withoutCause.isEmpty()) {
            throw new DomainException(
                    "root-cause-missing", "workOrder.rootCauseMissing", String.join("、", withoutCause));
        }
        this.qcPassedBy = inspector.id();
        this.qcNote = trim(note);
        history.add(new HistoryEntry("PASS_QC", status, status, now, inspector.id(), inspector.name(), qcNote));
        touch(now);
    }

    public void failQualityCheck(String reason, Actor inspector, Instant now) {
        requireOneOf("fail-qc", QUALITY_CHECK);
        if (reason.isBlank()) {
            throw new InvalidInputException("reason", "workOrder.reasonRequired");
        }
        this.qcPassedBy = null;
        this.qcNote = reason.trim();
        move("FAIL_QC", IN_PROGRESS, inspector, now, qcNote);
    }

    /** Completion after the final test (全面试机): nothing is handed over untested. */
    public void complete(@Nullable String finalTestResult, Actor actor, Instant now) {
        requireOneOf("complete", QUALITY_CHECK);
        if (qcPassedBy == null) {
            throw new DomainException("qc-not-passed", "workOrder.qcNotPassed");
        }
        String result = trim(finalTestResult);
        if (result == null) {
            throw new DomainException("final-test-missing", "workOrder.finalTestMissing");
        }
        if (insurance != null) {
            insurance.requireCovered(insured());
        }
        this.finalTest = result;
        this.completedAt = now;
        recalculate();
        move("COMPLETE", COMPLETED, actor, now, result);
        registerEvent(new WorkOrderCompleted(
                new OrganizationId(organizationId),
                new WorkOrderId(id),
                Identifier.of(storeId, StoreId::new),
                Identifier.of(advisorId, UserId::new),
                Identifier.of(leadTechnicianId, UserId::new),
                totals(),
                now));
    }

    /** Settlement (结算): what the customer does not pay now is recorded as owed. */
    public void settle(List<PaymentLine> received, Actor actor, Instant now) {
        requireOneOf("settle", COMPLETED);
        BigDecimal paid = received.stream()
                .map(p -> p.amount().setScale(2, RoundingMode.HALF_UP))
                .reduce(ZERO, BigDecimal::add);
        if (paid.compareTo(amountDue) > 0) {
            throw new InvalidInputException("payments", "workOrder.overpaid");
        }
        UUID cashier = Objects.requireNonNull(actor.id());
        received.forEach(p -> payments.add(
                new PaymentRecord(p.method(), p.amount().setScale(2, RoundingMode.HALF_UP), now, cashier)));
        this.amountOwed = amountDue.subtract(paid);
        this.settledAt = now;
        move("SETTLE", SETTLED, actor, now, Money.of(paid) + " / " + Money.of(amountOwed));
    }

    /** Delivery (交车) with the sign-off of the customer's decision maker. */
    public void deliver(String signedBy, @Nullable String signature, Actor actor, Instant now) {
        requireOneOf("deliver", SETTLED);
        if (signedBy.isBlank()) {
            throw new InvalidInputException("signedBy", "workOrder.signedByRequired");
        }
        this.signedBy = signedBy.trim();
        this.signature = signature == null || signature.isBlank() ? null : signature;
        this.deliveredAt = now;
        move("DELIVER", DELIVERED, actor, now, this.signedBy);
        registerEvent(Objects.requireNonNull(deliveredEvent()));
    }

    /** What {@link WorkOrderReceived} told of this job when it came in. */
    public WorkOrderReceived receivedEvent() {
        return new WorkOrderReceived(
                new OrganizationId(organizationId),
                new WorkOrderId(id),
                number,
                Identifier.of(storeId, StoreId::new),
                Identifier.of(customerId, CustomerId::new),
                Identifier.of(assetId, AssetId::new),
                serviceType,
                Identifier.of(advisorId, UserId::new),
                Identifier.of(comebackOf, WorkOrderId::new),
                createdAt);
    }

    /** What {@link WorkOrderDelivered} told of this job when it was handed over; null while it has not been. */
    public @Nullable WorkOrderDelivered deliveredEvent() {
        if (status != DELIVERED || deliveredAt == null) {
            return null;
        }
        return new WorkOrderDelivered(
                new OrganizationId(organizationId),
                new WorkOrderId(id),
                number,
                Identifier.of(storeId, StoreId::new),
                Identifier.of(customerId, CustomerId::new),
                customerName,
                Identifier.of(assetId, AssetId::new),
                assetLabel,
                serviceType,
                Identifier.of(advisorId, UserId::new),
                Identifier.of(leadTechnicianId, UserId::new),
                mileage,
                lines.stream()
                        .filter(l -> l.decision() == LineDecision.DECLINED)
                        .sorted(Comparator.comparingInt(WorkOrderLine::position))
                        .map(WorkOrderLine::description)
                        .toList(),
                totals(),
                figures(),
                partsUsed(),
                amountDue,
                amountOwed,
                Identifier.of(comebackOf, WorkOrderId::new),
                createdAt,
                deliveredAt);
    }

    public void cancel(String reason, Actor actor, Instant now) {
        requireOneOf(
                "cancel", RECEIVED, ESTIMATED, APPROVED, DISPATCHED, IN_PROGRESS, ON_HOLD, QUALITY_CHECK, COMPLETED);
        if (reason.isBlank()) {
            throw new InvalidInputException("reason", "workOrder.reasonRequired");
        }
        closeOpenTime(now);
        this.cancelReason = reason.trim();
        move("CANCEL", CANCELLED, actor, now, cancelReason);
        registerEvent(new WorkOrderCancelled(
                new OrganizationId(organizationId),
                new WorkOrderId(id),
                Identifier.of(storeId, StoreId::new),
                Identifier.of(advisorId, UserId::new),
                lines.stream()
                        .filter(l -> l.kind() == LineKind.PART)
                        .map(l -> new WorkOrderLineId(l.id()))
                        .toList(),
                cancelReason,
                now));
    }

    // Reading.

    public UUID id() {
        return id;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    public UUID storeId() {
        return storeId;
    }

    public UUID assetId() {
        return assetId;
    }

    public WorkOrderStatus status() {
        return status;
    }

    public @Nullable UUID leadTechnicianId() {
        return leadTechnicianId;
    }

    public Set<UUID> assistantIds() {
        return Set.copyOf(assistantIds);
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public @Nullable String signature() {
        return signature;
    }

    public List<PayTypeTotal> totals() {
        Map<PayType, BigDecimal> net = new EnumMap<>(PayType.class);
        for (WorkOrderLine line : lines) {
            if (line.counts()) {
                net.merge(line.payType(), line.amount(), BigDecimal::add);
            }
        }
        List<PayTypeTotal> totals = new ArrayList<>();
        net.forEach((payType, amount) -> {
            BigDecimal tax = amount.multiply(taxRate).setScale(2, RoundingMode.HALF_UP);
            totals.add(new PayTypeTotal(payType, amount, tax, amount.add(tax)));
        });
        return totals;
    }

    /** The catalogue parts of the lines not declined, summed per part in line order (see {@link PartUse}). */
    List<PartUse> partsUsed() {
        Map<UUID, PartUse> used = new LinkedHashMap<>();
        lines.stream()
                .filter(line -> line.counts() && line.kind() == LineKind.PART && line.partId() != null)
                .sorted(Comparator.comparingInt(WorkOrderLine::position))
                .forEach(line -> used.merge(
                        Objects.requireNonNull(line.partId()),
                        new PartUse(
                                new PartId(Objects.requireNonNull(line.partId())),
                                Objects.requireNonNullElse(line.partNumber(), ""),
                                line.description(),
                                line.quantity()),
                        (first, more) -> new PartUse(
                                first.partId(),
                                first.partNumber(),
                                first.description(),
                                first.quantity().add(more.quantity()))));
        return List.copyOf(used.values());
    }

    /** The amounts and hours management counts (see {@link JobFigures}). */
    JobFigures figures() {
        BigDecimal labour = ZERO, parts = ZERO, genuineParts = ZERO, other = ZERO, sold = ZERO;
        for (WorkOrderLine line : lines) {
            if (!line.counts()) {
                continue;
            }
            if (line.kind() == LineKind.LABOR) {
                sold = sold.add(line.quantity());
            }
            if (line.payType() == PayType.GOODWILL) {
                continue;
            }
            switch (line.kind()) {
                case LABOR -> labour = labour.add(line.amount());
                case PART -> {
                    parts = parts.add(line.amount());
                    if (line.genuine()) {
                        genuineParts = genuineParts.add(line.amount());
                    }
                }
                case SUBLET, FEE -> other = other.add(line.amount());
            }
        }
        BigDecimal clocked = timeEntries.stream().map(TimeEntry::hours).reduce(ZERO, BigDecimal::add);
        return new JobFigures(labour, parts, genuineParts, other, sold, clocked);
    }

    public boolean late(Instant now) {
        return promisedAt != null
                && status.open()
                && status != COMPLETED
                && status != SETTLED
                && now.isAfter(promisedAt);
    }

    public WorkOrderSummary toSummary(Instant now) {
        return new WorkOrderSummary(
                new WorkOrderId(id),
                number,
                Identifier.of(storeId, StoreId::new),
                Identifier.of(customerId, CustomerId::new),
                customerName,
                Identifier.of(assetId, AssetId::new),
                assetLabel,
                serviceType,
                status,
                complaint,
                Identifier.of(advisorId, UserId::new),
                Identifier.of(leadTechnicianId, UserId::new),
                bay,
                promisedAt,
                late(now),
                amountDue,
                Identifier.of(comebackOf, WorkOrderId::new),
                insurance == null ? null : insurance.insurer(),
                createdAt,
                version());
    }

    public WorkOrderView toView(Instant now) {
        return toView(now, Map.of());
    }

    /** Whether a line takes a part from the catalogue, and so holds stock. */
    public boolean holdsStock() {
        return lines.stream().anyMatch(l -> l.partId() != null);
    }

    /**
     * The work order as shown, with the state of each catalogue part line's stock (line ID to {@code ACTIVE},
     * {@code BACK_ORDERED}, …), which the inventory keeps.
     */
    public WorkOrderView toView(Instant now, Map<WorkOrderLineId, String> stockByLine) {
        Map<UUID, BigDecimal> hours = new HashMap<>();
        for (TimeEntry entry : timeEntries) {
            if (entry.lineId() != null) {
                hours.merge(entry.lineId(), entry.hours(), BigDecimal::add);
            }
        }
        BigDecimal paid = payments.stream().map(PaymentRecord::amount).reduce(ZERO, BigDecimal::add);
        return new WorkOrderView(
                new WorkOrderView.Header(
                        new WorkOrderId(id),
                        number,
                        Identifier.of(storeId, StoreId::new),
                        Identifier.of(customerId, CustomerId::new),
                        customerName,
                        Identifier.of(assetId, AssetId::new),
                        assetLabel,
                        serviceType,
                        status,
                        heldFrom,
                        holdReason,
                        late(now),
                        Identifier.of(advisorId, UserId::new),
                        Identifier.of(comebackOf, WorkOrderId::new),
                        createdAt,
                        version()),
                new WorkOrderView.Reception(
                        complaint, mileage, fuelLevel, damage, itemsLeft, promisedAt, warrantyCovered, warrantyReason),
                new WorkOrderView.Estimate(
                        lines.stream()
                                .map(l -> l.toView(
                                        hours.getOrDefault(l.id(), BigDecimal.ZERO),
                                        stockByLine.get(new WorkOrderLineId(l.id()))))
                                .toList(),
                        totals(),
                        taxRate,
                        amountDue,
                        approvedBy,
                        approvalChannel,
                        approvedAt),
                new WorkOrderView.Workshop(
                        Identifier.of(leadTechnicianId, UserId::new),
                        assistantIds.stream().map(UserId::new).toList(),
                        bay,
                        mainProblem,
                        plannedSteps,
                        inspection.stream().map(InspectionItem::toView).toList(),
                        checklist.stream().map(ChecklistItem::toView).toList(),
                        log.stream().map(LogEntry::toView).toList(),
                        timeEntries.stream().map(TimeEntry::toView).toList(),
                        Identifier.of(qcPassedBy, UserId::new),
                        qcNote,
                        finalTest,
                        completedAt),
                new WorkOrderView.Settlement(
                        payments.stream().map(PaymentRecord::toView).toList(),
                        paid,
                        amountOwed,
                        settledAt,
                        signedBy,
                        signature != null,
                        deliveredAt,
                        cancelReason),
                insuranceView(),
                history.stream()
                        .map(entry -> entry.toView(WorkOrderStatus.class))
                        .toList());
    }

    private WorkOrderView.@Nullable Insurance insuranceView() {
        if (insurance == null) {
            return null;
        }
        BigDecimal insured = insured();
        return new WorkOrderView.Insurance(
                insurance.insurer(),
                insurance.claimNumber(),
                insurance.excess(),
                insurance.assessor(),
                insurance.assessedAmount(),
                insurance.assessedAt(),
                insured,
                insurance.customerShare(insured),
                insurance.due(),
                insurance.paid(),
                insurance.paidAt());
    }

    private List<String> jobsWithoutRootCause() {
        if (!serviceType.fixesAProblem()) {
            return List.of();
        }
        return lines.stream()
                .filter(l -> l.kind() == LineKind.LABOR && l.decision() == LineDecision.APPROVED)
                .filter(l -> l.rootCause() == null)
                .map(l -> l.description())
                .toList();
    }

    private List<WorkOrderLine> undecidedLines() {
        return lines.stream().filter(l -> l.decision() == LineDecision.PROPOSED).toList();
    }

    private void requireUndecided(UUID lineId) {
        if (line(lineId).decision() != LineDecision.PROPOSED) {
            throw new DomainException("line-decided", "workOrder.lineDecided");
        }
    }

    private void requireCrew(UUID technicianId) {
        if (!technicianId.equals(leadTechnicianId) && !assistantIds.contains(technicianId)) {
            throw new DomainException("not-on-crew", "workOrder.notOnCrew");
        }
    }

    private WorkOrderLine line(UUID lineId) {
        return lines.stream()
                .filter(l -> l.id().equals(lineId))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("lineId", "workOrder.unknownLine"));
    }

    private void closeOpenTime(Instant now) {
        timeEntries.stream().filter(TimeEntry::open).forEach(t -> t.end(now));
    }

    /**
     * The customer pays the gross of the {@code CUSTOMER} lines and, on an insurance job, the excess of the
     * {@code INSURANCE} lines; the insurer owes the rest of them.
     */
    private void recalculate() {
        BigDecimal customer = gross(PayType.CUSTOMER);
        if (insurance != null) {
            BigDecimal insured = insured();
            customer = customer.add(insurance.customerShare(insured));
            insurance.owe(insured);
        }
        this.amountDue = customer;
    }

    private void requireOneOf(String action, WorkOrderStatus... allowed) {
        for (WorkOrderStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new DomainException("illegal-transition", "workOrder.illegalTransition", action, status.name());
    }

    private void move(String action, WorkOrderStatus to, Actor actor, Instant now, @Nullable String note) {
        history.add(new HistoryEntry(action, status, to, now, actor.id(), actor.name(), note));
        this.status = to;
        touch(now);
    }

    private void touch(Instant now) {
        this.updatedAt = now;
    }

    private static @Nullable String trim(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
