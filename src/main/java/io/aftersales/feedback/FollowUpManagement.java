package io.aftersales.feedback;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.customer.CustomerView;
import io.aftersales.feedback.domain.Actor;
import io.aftersales.feedback.domain.FollowUp;
import io.aftersales.feedback.domain.FollowUpRepository;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedLinks;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.workorder.WorkOrderDelivered;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follow-ups (客户回访): one is scheduled for every delivered work order and created when it falls due (a persistent,
 * cluster-safe task, so none is lost or made twice across restarts and instances); agents work through them by
 * phone, or the customer answers a signed survey link. A low answer opens a complaint; the answer to a verification
 * call verifies or reopens its complaint.
 */
@Service
public class FollowUpManagement {

    /** The db-scheduler task that creates the follow-up of a delivered work order when it falls due. */
    static final TaskDescriptor<String> FOLLOW_UP_DUE = TaskDescriptor.of("follow-up-due", String.class);

    private static final Set<String> SORTS = Set.of("dueAt", "createdAt", "completedAt", "status");
    private static final Locale CUSTOMER_LOCALE = Locale.SIMPLIFIED_CHINESE;

    /** A survey link as sent (or to be sent) to the customer. */
    public record SurveyLink(
            String url, Instant expiresAt, @Nullable MessageId messageId) {}

    /** What the survey page shows: the questions and what to call the job by. */
    public record SurveyPage(FollowUpView followUp, String storeName) {}

    private final FollowUpRepository followUps;
    private final FollowUpFactory factory;
    private final ComplaintManagement complaints;
    private final WorkOrderManagement workOrders;
    private final CustomerManagement customers;
    private final OrganizationManagement organization;
    private final SignedLinks links;
    private final Outbox outbox;
    private final SchedulerClient scheduler;
    private final FeedbackProperties properties;
    private final MessageSource messages;
    private final AuditTrail auditTrail;
    private final Clock clock;

    FollowUpManagement(
            FollowUpRepository followUps,
            FollowUpFactory factory,
            ComplaintManagement complaints,
            WorkOrderManagement workOrders,
            CustomerManagement customers,
            OrganizationManagement organization,
            SignedLinks links,
            Outbox outbox,
            SchedulerClient scheduler,
            FeedbackProperties properties,
            MessageSource messages,
            AuditTrail auditTrail,
            Clock clock) {
        this.followUps = followUps;
        this.factory = factory;
        this.complaints = complaints;
        this.workOrders = workOrders;
        this.customers = customers;
        this.organization = organization;
        this.links = links;
        this.outbox = outbox;
        this.scheduler = scheduler;
        this.properties = properties;
        this.messages = messages;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Schedules the follow-up of a delivered job after the delay for its service type; once per work order. */
    void schedule(WorkOrderDelivered delivered) {
        Instant due = delivered
                .deliveredAt()
                .plus(properties.followUpDelayFor(delivered.serviceType().name()));
        scheduler.scheduleIfNotExists(FOLLOW_UP_DUE
                .instance(delivered.workOrderId().toString())
                .data(new Due(delivered.organizationId(), delivered.workOrderId(), due, FollowUp.Subject.of(delivered))
                        .format())
                .scheduledTo(due));
    }

    /**
     * What the scheduled task carries: whose work order, when its follow-up falls due, and the job as the delivery
     * described it (so that the follow-up needs nothing more of the work order).
     *
     * @param subject the job; absent in tasks scheduled before the delivery event carried it
     */
    record Due(OrganizationId organizationId, WorkOrderId workOrderId, Instant at, FollowUp.@Nullable Subject subject) {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        String format() {
            return JSON.writeValueAsString(this);
        }

        static Due parse(String data) {
            if (data.startsWith("{")) {
                return JSON.readValue(data, Due.class);
            }
            String[] parts = data.split(":");
            return new Due(
                    new OrganizationId(UUID.fromString(parts[0])),
                    new WorkOrderId(UUID.fromString(parts[1])),
                    Instant.ofEpochSecond(Long.parseLong(parts[2])),
                    null);
        }
    }

    /**
     * Creates the follow-up of a delivered work order when it falls due, as the scheduled task's system user (the demo
     * history uses past times).
     */
    @Transactional
    FollowUpView createAfterService(Due due) {
        FollowUp.Subject subject =
                due.subject() != null ? due.subject() : FollowUp.Subject.of(workOrders.get(due.workOrderId()));
        FollowUp followUp = factory.create(
                due.organizationId(),
                FollowUpKind.AFTER_SERVICE,
                "AFTER_SERVICE:" + due.workOrderId(),
                subject,
                null,
                null,
                due.at(),
                due.at());
        return view(followUp);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FollowUpView get(FollowUpId id) {
        return view(find(id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PagedResult<FollowUpView> search(
            FollowUpFilter filter, @Nullable Integer page, @Nullable Integer size, @Nullable String sort) {
        Instant now = clock.instant();
        FollowUpStatus status = filter.status();
        Instant dueFrom = null;
        Instant dueBefore = null;
        if ("today".equalsIgnoreCase(filter.due()) || "overdue".equalsIgnoreCase(filter.due())) {
            status = FollowUpStatus.OPEN;
            ZoneId zone = zoneOf(filter.storeId());
            Instant startOfToday =
                    LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
            if ("today".equalsIgnoreCase(filter.due())) {
                dueFrom = startOfToday;
                dueBefore = startOfToday.plus(Duration.ofDays(1));
            } else {
                dueBefore = startOfToday;
            }
        } else if (filter.due() != null && !filter.due().isBlank()) {
            throw new InvalidInputException("due", "followUp.unknownDue", filter.due());
        }
        return PagedResult.of(
                followUps.search(
                        Identifier.valueOf(filter.storeId()),
                        status,
                        filter.kind(),
                        Identifier.valueOf(filter.agentId()),
                        Identifier.valueOf(filter.customerId()),
                        dueFrom,
                        dueBefore,
                        Paging.request(page, size, sort, SORTS, Sort.by("dueAt"))),
                f -> f.toView(questionsOf(f), now));
    }

    /**
     * Records a call. Reached with a low answer: a complaint is opened, attributed to the job's advisor and lead
     * technician. A verification call verifies (satisfied) or reopens its complaint.
     */
    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional
    public FollowUpView complete(FollowUpId id, long version, FollowUpOutcome outcome) {
        FollowUp followUp = find(id);
        checkVersion(followUp, version);
        Instant now = clock.instant();
        Actor actor = ComplaintManagement.actor();
        followUp.complete(outcome, actor, now, properties.retryAfter(), properties.maxAttempts());
        followUps.saveAndFlush(followUp);
        if (followUp.status() == FollowUpStatus.DONE
                && followUp.kind() == FollowUpKind.VERIFICATION
                && followUp.complaintId() != null) {
            complaints.verifyFromFollowUp(
                    Identifier.of(followUp.complaintId(), ComplaintId::new),
                    Boolean.TRUE.equals(outcome.satisfied()),
                    outcome.comment(),
                    actor,
                    now);
        }
        openComplaintIfUnhappy(followUp, ComplaintSource.FOLLOW_UP, now);
        auditTrail.record("FOLLOW_UP", "FollowUp", id, followUp.status().name());
        return view(followUp);
    }

    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional
    public FollowUpView reschedule(FollowUpId id, long version, Instant dueAt, @Nullable UserId agentId) {
        FollowUp followUp = find(id);
        checkVersion(followUp, version);
        if (agentId != null
                && organization.staffOf(Identifier.of(followUp.about().storeId(), StoreId::new)).stream()
                        .noneMatch(member -> member.id().equals(agentId))) {
            throw new InvalidInputException("agentId", "followUp.unknownAgent");
        }
        followUp.reschedule(dueAt, Identifier.valueOf(agentId));
        followUps.saveAndFlush(followUp);
        auditTrail.record("RESCHEDULE", "FollowUp", id, dueAt.toString());
        return view(followUp);
    }

    /** Queues a survey link to the customer by the given channel; an earlier link of this follow-up stops working. */
    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional
    public SurveyLink sendSurvey(FollowUpId id, long version, Channel channel) {
        FollowUp followUp = find(id);
        checkVersion(followUp, version);
        CustomerView customer = customers.get(Identifier.of(followUp.about().customerId(), CustomerId::new));
        String recipient = channel.recipientOf(customer);
        if (recipient == null) {
            throw new InvalidInputException("channel", "survey.noRecipient", channel.name());
        }
        Instant now = clock.instant();
        followUp.issueSurvey(now.plus(properties.surveyLinkTtl()), now);
        followUps.saveAndFlush(followUp);
        String url = properties.publicBaseUrl() + "/s/"
                + links.sign(
                        SignedLinks.Purpose.SURVEY,
                        followUp.organizationId(),
                        followUp.id(),
                        followUp.surveyExpiresAt());
        StoreView store = organization.store(Identifier.of(followUp.about().storeId(), StoreId::new));
        String body = messages.getMessage(
                "survey.message",
                new Object[] {
                    store.name(),
                    customer.name(),
                    followUp.about().workOrderNumber(),
                    url,
                    DateTimeFormatter.ISO_LOCAL_DATE.format(
                            followUp.surveyExpiresAt().atZone(ZoneId.of(store.timeZone())))
                },
                CUSTOMER_LOCALE);
        String subject = messages.getMessage("survey.subject", new Object[] {store.name()}, CUSTOMER_LOCALE);
        MessageId messageId = new MessageId(outbox.queue(
                        new OrganizationId(followUp.organizationId()), channel, recipient, subject, body, followUp.id())
                .id());
        auditTrail.record("SEND_SURVEY", "FollowUp", id, channel.name());
        return new SurveyLink(url, followUp.surveyExpiresAt(), messageId);
    }

    /** The organisation and follow-up a survey token names, if it was signed here and not changed. */
    public SignedLinks.Claims claims(String token) {
        return links.verify(SignedLinks.Purpose.SURVEY, token)
                .orElseThrow(() -> new NotFoundException("survey", token));
    }

    /** Runs work for a survey link as the system user inside the link's organisation. */
    public <T> T asLink(String token, Supplier<T> work) {
        SignedLinks.Claims claims = claims(token);
        return SystemUser.callAs(new OrganizationId(claims.organizationId()), List.of(), work);
    }

    /** The survey behind a link; an expired link or one already answered is refused. */
    @Transactional(readOnly = true)
    public SurveyPage surveyPage(String token) {
        SignedLinks.Claims claims = claims(token);
        FollowUp followUp = find(Identifier.of(claims.subjectId(), FollowUpId::new));
        checkLink(followUp, claims);
        return new SurveyPage(
                view(followUp),
                organization
                        .store(Identifier.of(followUp.about().storeId(), StoreId::new))
                        .name());
    }

    /** The customer's answer through a link: once per link, before it expires. */
    @Transactional
    public FollowUpView answerSurvey(
            String token,
            List<Answer> answers,
            @Nullable Integer score,
            @Nullable Integer nps,
            @Nullable String comment) {
        SignedLinks.Claims claims = claims(token);
        FollowUp followUp = find(Identifier.of(claims.subjectId(), FollowUpId::new));
        Instant now = clock.instant();
        followUp.answerSurvey(claims.expiresAt(), answers, score, nps, comment, now);
        followUps.saveAndFlush(followUp);
        openComplaintIfUnhappy(followUp, ComplaintSource.SURVEY, now);
        auditTrail.record("SURVEY_ANSWER", "FollowUp", followUp.id(), null);
        return view(followUp);
    }

    private void openComplaintIfUnhappy(FollowUp followUp, ComplaintSource source, Instant now) {
        if (followUp.unhappy(properties.lowScore(), properties.lowNps())) {
            complaints.openFromFollowUp(followUp, source, now);
        }
    }

    private void checkLink(FollowUp followUp, SignedLinks.Claims claims) {
        if (followUp.status() != FollowUpStatus.OPEN) {
            throw new DomainException("survey-answered", "survey.answered");
        }
        if (!claims.expiresAt().equals(followUp.surveyExpiresAt())
                || !clock.instant().isBefore(claims.expiresAt())) {
            throw new DomainException("survey-expired", "survey.expired");
        }
    }

    FollowUpView view(FollowUp followUp) {
        return followUp.toView(questionsOf(followUp), clock.instant());
    }

    private List<String> questionsOf(FollowUp followUp) {
        if (followUp.kind() == FollowUpKind.VERIFICATION) {
            return List.of();
        }
        return properties.questionsFor(followUp.about().serviceType());
    }

    private ZoneId zoneOf(@Nullable StoreId storeId) {
        if (storeId != null) {
            return ZoneId.of(organization.visibleStore(storeId).timeZone());
        }
        return organization.zoneOf(null);
    }

    private static void checkVersion(FollowUp followUp, long version) {
        if (followUp.version() != version) {
            throw new StaleVersionException(version, followUp.version());
        }
    }

    private FollowUp find(FollowUpId id) {
        return followUps.findById(id.value()).orElseThrow(() -> new NotFoundException("FollowUp", id));
    }
}
