package io.aftersales.feedback.domain;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.feedback.Answer;
import io.aftersales.feedback.ComplaintId;
import io.aftersales.feedback.FollowUpCompleted;
import io.aftersales.feedback.FollowUpId;
import io.aftersales.feedback.FollowUpKind;
import io.aftersales.feedback.FollowUpOutcome;
import io.aftersales.feedback.FollowUpStatus;
import io.aftersales.feedback.FollowUpView;
import io.aftersales.feedback.SurveyAnswered;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.StoreVisibility;
import io.aftersales.workorder.WorkOrderDelivered;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One follow-up task: call the customer (or let them answer a survey link) about a job, a complaint's resolution or a
 * reminder. Open until the customer is reached; a call that does not reach them is tried again later, and after the
 * last attempt the task is given up as unreachable.
 */
@Entity
@Table(name = "follow_up")
@Filter(name = StoreVisibility.FILTER)
public class FollowUp extends AbstractAggregateRoot<FollowUp> {

    /** Who the follow-up is about: the job, the customer and asset, and the people who did the work. */
    public record Subject(
            UUID storeId,
            @Nullable UUID workOrderId,
            @Nullable String workOrderNumber,
            UUID customerId,
            String customerName,
            @Nullable UUID assetId,
            @Nullable String assetLabel,
            @Nullable String serviceType,
            @Nullable UUID advisorId,
            @Nullable UUID technicianId) {

        /** A delivered job, customer, asset, advisor and lead technician. */
        public static Subject of(WorkOrderDelivered job) {
            return new Subject(
                    Identifier.valueOf(job.storeId()),
                    Identifier.valueOf(job.workOrderId()),
                    job.number(),
                    Identifier.valueOf(job.customerId()),
                    job.customerName(),
                    Identifier.valueOf(job.assetId()),
                    job.assetLabel(),
                    job.serviceType().name(),
                    Identifier.valueOf(job.advisorId()),
                    Identifier.valueOf(job.leadTechnicianId()));
        }

        /** A work order's job, customer, asset, advisor and lead technician. */
        public static Subject of(WorkOrderView order) {
            return new Subject(
                    Identifier.valueOf(order.header().storeId()),
                    order.header().id().value(),
                    order.header().number(),
                    Identifier.valueOf(order.header().customerId()),
                    order.header().customerName(),
                    Identifier.valueOf(order.header().assetId()),
                    order.header().assetLabel(),
                    order.header().serviceType().name(),
                    Identifier.valueOf(order.header().advisorId()),
                    Identifier.valueOf(order.workshop().leadTechnicianId()));
        }
    }

    static final String VIA_PHONE = "PHONE";
    static final String VIA_SURVEY = "SURVEY";

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID storeId;

    @Enumerated(EnumType.STRING)
    private FollowUpKind kind;

    private String dedupKey;
    private @Nullable UUID workOrderId;
    private @Nullable String workOrderNumber;
    private UUID customerId;
    private String customerName;
    private @Nullable UUID assetId;
    private @Nullable String assetLabel;
    private @Nullable String serviceType;
    private @Nullable UUID advisorId;
    private @Nullable UUID technicianId;
    private @Nullable UUID complaintId;
    private @Nullable String subject;
    private @Nullable UUID agentId;
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    private FollowUpStatus status;

    private int attempts;
    private @Nullable Boolean reached;
    private @Nullable Integer score;
    private @Nullable Integer nps;
    private @Nullable Boolean satisfied;
    private @Nullable String comment;
    private @Nullable String answeredVia;
    private @Nullable UUID completedBy;
    private @Nullable String completedByName;
    private @Nullable Instant completedAt;
    private @Nullable Instant surveyExpiresAt;
    private @Nullable Instant surveySentAt;
    private Instant createdAt;

    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "follow_up_answer", joinColumns = @JoinColumn(name = "follow_up_id"))
    @OrderColumn(name = "position")
    private List<RecordedAnswer> answers = new ArrayList<>();

    protected FollowUp() {
        this.id = Ids.newId();
        this.organizationId = Ids.newId();
        this.storeId = Ids.newId();
        this.kind = FollowUpKind.AFTER_SERVICE;
        this.dedupKey = "";
        this.customerId = Ids.newId();
        this.customerName = "";
        this.dueAt = Instant.EPOCH;
        this.status = FollowUpStatus.OPEN;
        this.createdAt = Instant.EPOCH;
    }

    public FollowUp(
            UUID organizationId,
            FollowUpKind kind,
            String dedupKey,
            Subject about,
            @Nullable UUID complaintId,
            @Nullable String subject,
            @Nullable UUID agentId,
            Instant dueAt,
            Instant now) {
        this.id = Ids.newId();
        this.organizationId = organizationId;
        this.storeId = about.storeId();
        this.kind = kind;
        this.dedupKey = dedupKey;
        this.workOrderId = about.workOrderId();
        this.workOrderNumber = about.workOrderNumber();
        this.customerId = about.customerId();
        this.customerName = about.customerName();
        this.assetId = about.assetId();
        this.assetLabel = about.assetLabel();
        this.serviceType = about.serviceType();
        this.advisorId = about.advisorId();
        this.technicianId = about.technicianId();
        this.complaintId = complaintId;
        this.subject = subject;
        this.agentId = agentId;
        this.dueAt = dueAt;
        this.status = FollowUpStatus.OPEN;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public FollowUpKind kind() {
        return kind;
    }

    public FollowUpStatus status() {
        return status;
    }

    public @Nullable UUID complaintId() {
        return complaintId;
    }

    public Subject about() {
        return new Subject(
                storeId,
                workOrderId,
                workOrderNumber,
                customerId,
                customerName,
                assetId,
                assetLabel,
                serviceType,
                advisorId,
                technicianId);
    }

    public @Nullable Integer score() {
        return score;
    }

    public @Nullable Integer nps() {
        return nps;
    }

    public @Nullable Boolean satisfied() {
        return satisfied;
    }

    public @Nullable String comment() {
        return comment;
    }

    public List<Answer> answers() {
        return answers.stream().map(RecordedAnswer::toAnswer).toList();
    }

    public long version() {
        return version == null ? 0 : version;
    }

    /**
     * Records a call. Reached: the answers are kept and the task is done. Not reached: it is due again after
     * {@code retryAfter}, or given up once {@code maxAttempts} calls failed.
     */
    public void complete(FollowUpOutcome outcome, Actor actor, Instant now, Duration retryAfter, int maxAttempts) {
        requireOpen("complete");
        attempts++;
        if (!outcome.reached()) {
            if (attempts >= maxAttempts) {
                reached = false;
                finish(FollowUpStatus.UNREACHABLE, VIA_PHONE, outcome.comment(), actor, now);
            } else {
                dueAt = now.plus(retryAfter);
                comment = blankToNull(outcome.comment());
            }
            return;
        }
        if (kind == FollowUpKind.VERIFICATION && outcome.satisfied() == null) {
            throw new InvalidInputException("satisfied", "followUp.satisfiedRequired");
        }
        record(outcome.answersOrEmpty(), outcome.score(), outcome.nps(), outcome.satisfied());
        finish(FollowUpStatus.DONE, VIA_PHONE, outcome.comment(), actor, now);
    }

    /** The customer answered through the survey link that expires at {@code linkExpiresAt}. */
    public void answerSurvey(
            Instant linkExpiresAt,
            List<Answer> given,
            @Nullable Integer overall,
            @Nullable Integer recommend,
            @Nullable String said,
            Instant now) {
        if (status != FollowUpStatus.OPEN) {
            throw new DomainException("survey-answered", "survey.answered");
        }
        if (surveyExpiresAt == null || !surveyExpiresAt.equals(linkExpiresAt) || !now.isBefore(linkExpiresAt)) {
            throw new DomainException("survey-expired", "survey.expired");
        }
        attempts++;
        record(given, overall, recommend, null);
        finish(FollowUpStatus.DONE, VIA_SURVEY, said, new Actor(null, customerName), now);
        registerEvent(new SurveyAnswered(
                new OrganizationId(organizationId),
                new FollowUpId(id),
                Identifier.of(storeId, StoreId::new),
                Identifier.of(workOrderId, WorkOrderId::new),
                Identifier.of(customerId, CustomerId::new),
                score,
                nps,
                now));
    }

    /** Issues a survey link lasting until {@code expiresAt}; an earlier link of this task stops working. */
    public void issueSurvey(Instant expiresAt, Instant now) {
        requireOpen("survey");
        if (kind == FollowUpKind.VERIFICATION) {
            throw new DomainException("illegal-transition", "followUp.illegalTransition", "survey", kind.name());
        }
        this.surveyExpiresAt = expiresAt.truncatedTo(ChronoUnit.SECONDS);
        this.surveySentAt = now;
    }

    public @Nullable Instant surveyExpiresAt() {
        return surveyExpiresAt;
    }

    public void reschedule(Instant to, @Nullable UUID agent) {
        requireOpen("reschedule");
        this.dueAt = to;
        if (agent != null) {
            this.agentId = agent;
        }
    }

    /** Whether what the customer said is bad enough to open a complaint. */
    public boolean unhappy(int lowScore, int lowNps) {
        if (status != FollowUpStatus.DONE || kind == FollowUpKind.VERIFICATION) {
            return false;
        }
        boolean lowAnswer = answers.stream()
                .map(RecordedAnswer::toAnswer)
                .anyMatch(a -> a.score() != null && a.score() <= lowScore);
        return lowAnswer || (score != null && score <= lowScore) || (nps != null && nps <= lowNps);
    }

    public FollowUpView toView(List<String> questions, Instant now) {
        return new FollowUpView(
                new FollowUpId(id),
                kind,
                status,
                Identifier.of(storeId, StoreId::new),
                Identifier.of(workOrderId, WorkOrderId::new),
                workOrderNumber,
                Identifier.of(customerId, CustomerId::new),
                customerName,
                Identifier.of(assetId, AssetId::new),
                assetLabel,
                serviceType,
                Identifier.of(advisorId, UserId::new),
                Identifier.of(technicianId, UserId::new),
                Identifier.of(complaintId, ComplaintId::new),
                subject,
                Identifier.of(agentId, UserId::new),
                dueAt,
                status == FollowUpStatus.OPEN && dueAt.isBefore(now),
                attempts,
                reached,
                score,
                nps,
                satisfied,
                comment,
                answeredVia,
                completedByName,
                completedAt,
                surveyExpiresAt,
                surveySentAt,
                questions,
                answers(),
                createdAt,
                version());
    }

    private void record(
            List<Answer> given, @Nullable Integer overall, @Nullable Integer recommend, @Nullable Boolean isSatisfied) {
        for (Answer answer : given) {
            if (answer.score() != null && (answer.score() < 1 || answer.score() > 5)) {
                throw new InvalidInputException("answers", "followUp.scoreRange");
            }
        }
        if (overall != null && (overall < 1 || overall > 5)) {
            throw new InvalidInputException("score", "followUp.scoreRange");
        }
        if (recommend != null && (recommend < 0 || recommend > 10)) {
            throw new InvalidInputException("nps", "followUp.npsRange");
        }
        answers.clear();
        given.forEach(answer -> answers.add(new RecordedAnswer(answer)));
        this.reached = true;
        this.score = overall != null ? overall : average(given);
        this.nps = recommend;
        this.satisfied = isSatisfied;
    }

    private void finish(FollowUpStatus to, String via, @Nullable String said, Actor actor, Instant now) {
        this.status = to;
        this.answeredVia = via;
        this.comment = blankToNull(said);
        this.completedBy = actor.id();
        this.completedByName = actor.name();
        this.completedAt = now;
        registerEvent(Objects.requireNonNull(completedEvent()));
    }

    /** What {@link FollowUpCompleted} told of this follow-up when it was finished; null while it is open. */
    public @Nullable FollowUpCompleted completedEvent() {
        if (status == FollowUpStatus.OPEN || completedAt == null) {
            return null;
        }
        return new FollowUpCompleted(
                new OrganizationId(organizationId),
                new FollowUpId(id),
                Identifier.of(storeId, StoreId::new),
                kind,
                Identifier.of(workOrderId, WorkOrderId::new),
                Identifier.of(customerId, CustomerId::new),
                Identifier.of(advisorId, UserId::new),
                Identifier.of(technicianId, UserId::new),
                status,
                score,
                nps,
                answeredVia,
                completedAt);
    }

    private void requireOpen(String action) {
        if (status != FollowUpStatus.OPEN) {
            throw new DomainException("illegal-transition", "followUp.illegalTransition", action, status.name());
        }
    }

    private static @Nullable Integer average(List<Answer> given) {
        List<Integer> scores =
                given.stream().map(Answer::score).filter(Objects::nonNull).toList();
        if (scores.isEmpty()) {
            return null;
        }
        int sum = scores.stream().mapToInt(Integer::intValue).sum();
        return BigDecimal.valueOf(sum)
                .divide(BigDecimal.valueOf(scores.size()), 0, RoundingMode.HALF_UP)
                .intValue();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
