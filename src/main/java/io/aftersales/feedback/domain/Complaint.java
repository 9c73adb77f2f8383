package io.aftersales.feedback.domain;

import io.aftersales.customer.CustomerId;
import io.aftersales.feedback.ComplaintClosed;
import io.aftersales.feedback.ComplaintId;
import io.aftersales.feedback.ComplaintOpened;
import io.aftersales.feedback.ComplaintResolved;
import io.aftersales.feedback.ComplaintSource;
import io.aftersales.feedback.ComplaintStatus;
import io.aftersales.feedback.ComplaintView;
import io.aftersales.feedback.FeedbackProperties.Deadlines;
import io.aftersales.feedback.FollowUpId;
import io.aftersales.feedback.Severity;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.HistoryEntry;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.security.StoreVisibility;
import io.aftersales.workorder.WorkOrderId;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A complaint (投诉) from opening to the customer's confirmation. "A problem whose cause is not found counts as
 * unsolved": resolving needs a root cause and a corrective action, and closing needs a verification in which the
 * customer said they are satisfied. A missed deadline escalates it, first to the store manager, then to HQ.
 */
@Entity
@Table(name = "complaint")
@Filter(name = StoreVisibility.FILTER)
public class Complaint extends AbstractAggregateRoot<Complaint> {

    /** Where a complaint is still being worked on: its deadlines count. */
    public static final Set<ComplaintStatus> ACTIVE = EnumSet.of(
            ComplaintStatus.OPEN,
            ComplaintStatus.ACKNOWLEDGED,
            ComplaintStatus.INVESTIGATING,
            ComplaintStatus.REOPENED);

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID storeId;
    private String number;

    @Enumerated(EnumType.STRING)
    private ComplaintSource source;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;

    private String description;
    private @Nullable UUID workOrderId;
    private @Nullable String workOrderNumber;
    private UUID customerId;
    private String customerName;
    private @Nullable UUID advisorId;
    private @Nullable UUID technicianId;
    private @Nullable UUID followUpId;
    private @Nullable UUID ownerId;
    private Instant acknowledgeDue;
    private Instant resolveDue;
    private @Nullable Instant acknowledgedAt;
    private @Nullable Instant resolvedAt;
    private @Nullable Instant verifiedAt;
    private @Nullable Instant closedAt;
    private @Nullable String rootCause;
    private @Nullable String correctiveAction;
    private @Nullable Boolean satisfied;
    private int escalationLevel;
    private @Nullable Instant escalatedAt;
    private @Nullable UUID reworkWorkOrderId;
    private Instant openedAt;

    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "complaint_history", joinColumns = @JoinColumn(name = "complaint_id"))
    @OrderColumn(name = "position")
    @AttributeOverride(name = "at", column = @Column(name = "at"))
    private List<HistoryEntry> history = new ArrayList<>();

    protected Complaint() {
        this.id = Ids.newId();
        this.organizationId = Ids.newId();
        this.storeId = Ids.newId();
        this.number = "";
        this.source = ComplaintSource.PHONE;
        this.severity = Severity.MEDIUM;
        this.status = ComplaintStatus.OPEN;
        this.description = "";
        this.customerId = Ids.newId();
        this.customerName = "";
        this.acknowledgeDue = Instant.EPOCH;
        this.resolveDue = Instant.EPOCH;
        this.openedAt = Instant.EPOCH;
    }

    public Complaint(
            UUID organizationId,
            FollowUp.Subject about,
            ComplaintSource source,
            Severity severity,
            String description,
            @Nullable UUID followUpId,
            @Nullable UUID ownerId,
            Deadlines deadlines,
            Actor actor,
            Instant now) {
        this.id = Ids.newId();
        this.organizationId = organizationId;
        this.storeId = about.storeId();
        // IDs are time-ordered (UUID v7): their head repeats within a minute, their tail is random.
        this.number = "TS-" + id.toString().substring(28).toUpperCase(Locale.ROOT);
        this.source = source;
        this.severity = severity;
        this.status = ComplaintStatus.OPEN;
        this.description = description.trim();
        this.workOrderId = about.workOrderId();
        this.workOrderNumber = about.workOrderNumber();
        this.customerId = about.customerId();
        this.customerName = about.customerName();
        this.advisorId = about.advisorId();
        this.technicianId = about.technicianId();
        this.followUpId = followUpId;
        this.ownerId = ownerId;
        this.acknowledgeDue = now.plus(deadlines.acknowledge());
        this.resolveDue = now.plus(deadlines.resolve());
        this.openedAt = now;
        history.add(new HistoryEntry("OPEN", null, status, now, actor.id(), actor.name(), source.name()));
        registerEvent(openedEvent());
    }

    /** What {@link ComplaintOpened} told of this complaint when it was opened. */
    public ComplaintOpened openedEvent() {
        return new ComplaintOpened(
                new OrganizationId(organizationId),
                new ComplaintId(id),
                number,
                Identifier.of(storeId, StoreId::new),
                Identifier.of(workOrderId, WorkOrderId::new),
                Identifier.of(customerId, CustomerId::new),
                Identifier.of(advisorId, UserId::new),
                Identifier.of(technicianId, UserId::new),
                severity,
                source,
                openedAt);
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public UUID storeId() {
        return storeId;
    }

    public ComplaintStatus status() {
        return status;
    }

    public @Nullable UUID workOrderId() {
        return workOrderId;
    }

    public FollowUp.Subject about() {
        return new FollowUp.Subject(
                storeId,
                workOrderId,
                workOrderNumber,
                customerId,
                customerName,
                null,
                null,
                null,
                advisorId,
                technicianId);
    }

    public String number() {
        return number;
    }

    public int escalationLevel() {
        return escalationLevel;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public void acknowledge(Actor actor, Instant now) {
        move(
                "ACKNOWLEDGE",
                ComplaintStatus.ACKNOWLEDGED,
                actor,
                now,
                null,
                ComplaintStatus.OPEN,
                ComplaintStatus.REOPENED);
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
        }
    }

    /** Gives the complaint to an owner; an acknowledged complaint is then being investigated. */
    public void assign(UUID owner, String ownerName, Actor actor, Instant now) {
        if (!ACTIVE.contains(status)) {
            throw illegal("assign");
        }
        this.ownerId = owner;
        ComplaintStatus to = status == ComplaintStatus.ACKNOWLEDGED ? ComplaintStatus.INVESTIGATING : status;
        step("ASSIGN", to, actor, now, ownerName);
    }

    public void investigate(Actor actor, Instant now) {
        move("INVESTIGATE", ComplaintStatus.INVESTIGATING, actor, now, null, ComplaintStatus.ACKNOWLEDGED);
    }

    /** Resolving needs what caused the problem and what was done so it does not happen again. */
    public void resolve(@Nullable String cause, @Nullable String action, Actor actor, Instant now) {
        if (!Set.of(ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.INVESTIGATING).contains(status)) {
            throw illegal("resolve");
        }
        if (cause == null || cause.isBlank()) {
            throw new DomainException("root-cause-required", "complaint.rootCauseRequired");
        }
        if (action == null || action.isBlank()) {
            throw new DomainException("corrective-action-required", "complaint.correctiveActionRequired");
        }
        this.rootCause = cause.trim();
        this.correctiveAction = action.trim();
        this.resolvedAt = now;
        this.satisfied = null;
        step("RESOLVE", ComplaintStatus.RESOLVED, actor, now, null);
        registerEvent(new ComplaintResolved(
                new OrganizationId(organizationId),
                new ComplaintId(id),
                Identifier.of(storeId, StoreId::new),
                rootCause,
                correctiveAction,
                now));
    }

    /** The customer's answer to the verification: satisfied verifies the resolution, not satisfied reopens it. */
    public void verify(boolean isSatisfied, @Nullable String note, Actor actor, Instant now) {
        if (status != ComplaintStatus.RESOLVED) {
            throw illegal("verify");
        }
        this.satisfied = isSatisfied;
        if (isSatisfied) {
            this.verifiedAt = now;
            step("VERIFY", ComplaintStatus.VERIFIED, actor, now, note);
        } else {
            reopenNow(actor, now, note);
        }
    }

    /** Closing needs the customer's confirmation from a verification. */
    public void close(Actor actor, Instant now) {
        if (status != ComplaintStatus.VERIFIED || !Boolean.TRUE.equals(satisfied)) {
            throw new DomainException("verification-required", "complaint.verificationRequired", status.name());
        }
        this.closedAt = now;
        step("CLOSE", ComplaintStatus.CLOSED, actor, now, null);
        registerEvent(new ComplaintClosed(
                new OrganizationId(organizationId),
                new ComplaintId(id),
                Identifier.of(storeId, StoreId::new),
                Identifier.of(advisorId, UserId::new),
                Identifier.of(technicianId, UserId::new),
                openedAt,
                now));
    }

    /** The customer is not satisfied after all: the complaint is worked on again, with fresh deadlines. */
    public void reopen(@Nullable String reason, Actor actor, Instant now) {
        if (!Set.of(ComplaintStatus.RESOLVED, ComplaintStatus.VERIFIED, ComplaintStatus.CLOSED)
                .contains(status)) {
            throw illegal("reopen");
        }
        reopenNow(actor, now, reason);
    }

    public void linkRework(UUID workOrder, Actor actor, Instant now) {
        if (!ACTIVE.contains(status)) {
            throw illegal("rework");
        }
        if (reworkWorkOrderId != null) {
            throw new DomainException("rework-exists", "complaint.reworkExists");
        }
        this.reworkWorkOrderId = workOrder;
        step("REWORK", status, actor, now, null);
    }

    /**
     * Raises the escalation when a deadline has passed: to the store manager at once, to HQ once it has been missed
     * for {@code toHqAfter}. Returns whether anything changed.
     */
    public boolean escalate(Instant now, Duration toHqAfter) {
        Instant missed = missedDeadline(now);
        if (missed == null) {
            return false;
        }
        int level = now.isAfter(missed.plus(toHqAfter)) ? 2 : 1;
        if (level <= escalationLevel) {
            return false;
        }
        this.escalationLevel = level;
        this.escalatedAt = now;
        step("ESCALATE", status, new Actor(null, "system"), now, level == 2 ? "HQ" : "STORE_MANAGER");
        return true;
    }

    public boolean late(Instant now) {
        return missedDeadline(now) != null;
    }

    public ComplaintView toView(Instant now) {
        return new ComplaintView(
                new ComplaintId(id),
                number,
                Identifier.of(storeId, StoreId::new),
                source,
                severity,
                status,
                description,
                Identifier.of(workOrderId, WorkOrderId::new),
                workOrderNumber,
                Identifier.of(customerId, CustomerId::new),
                customerName,
                Identifier.of(advisorId, UserId::new),
                Identifier.of(technicianId, UserId::new),
                Identifier.of(followUpId, FollowUpId::new),
                Identifier.of(ownerId, UserId::new),
                acknowledgeDue,
                resolveDue,
                acknowledgedAt,
                resolvedAt,
                verifiedAt,
                closedAt,
                rootCause,
                correctiveAction,
                satisfied,
                late(now),
                escalationLevel,
                escalatedAt,
                Identifier.of(reworkWorkOrderId, WorkOrderId::new),
                openedAt,
                history.stream()
                        .map(entry -> entry.toView(ComplaintStatus.class))
                        .toList(),
                version());
    }

    private @Nullable Instant missedDeadline(Instant now) {
        if (!ACTIVE.contains(status)) {
            return null;
        }
        if (acknowledgedAt == null && now.isAfter(acknowledgeDue)) {
            return acknowledgeDue;
        }
        return now.isAfter(resolveDue) ? resolveDue : null;
    }

    private void reopenNow(Actor actor, Instant now, @Nullable String note) {
        Duration toResolve = Duration.between(openedAt, resolveDue);
        this.resolveDue = now.plus(toResolve);
        this.escalationLevel = 0;
        this.escalatedAt = null;
        this.verifiedAt = null;
        this.closedAt = null;
        step("REOPEN", ComplaintStatus.REOPENED, actor, now, note);
    }

    private void move(
            String action,
            ComplaintStatus to,
            Actor actor,
            Instant now,
            @Nullable String note,
            ComplaintStatus... from) {
        if (!List.of(from).contains(status)) {
            throw illegal(action.toLowerCase(Locale.ROOT));
        }
        step(action, to, actor, now, note);
    }

    private void step(String action, ComplaintStatus to, Actor actor, Instant now, @Nullable String note) {
        history.add(new HistoryEntry(action, status, to, now, actor.id(), actor.name(), note));
        this.status = to;
    }

    private DomainException illegal(String action) {
        return new DomainException("illegal-transition", "complaint.illegalTransition", action, status.name());
    }
}
