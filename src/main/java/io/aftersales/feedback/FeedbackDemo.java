package io.aftersales.feedback;

import io.aftersales.feedback.domain.Actor;
import io.aftersales.feedback.domain.Complaint;
import io.aftersales.feedback.domain.ComplaintRepository;
import io.aftersales.feedback.domain.FollowUp;
import io.aftersales.feedback.domain.FollowUpRepository;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.workorder.DemoWorkOrdersLoaded;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderManagement;
import io.aftersales.workorder.WorkOrderView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo history of the feedback loop, through the aggregates' own steps at the times they would have happened:
 * a follow-up for every delivered job, answered by phone or survey link (a few customers never reached), complaints
 * from low answers and by phone, most closed after a verification call, the recent ones still open, some of them
 * late and escalated. Seeded, so every demo looks the same.
 */
@Component
class FeedbackDemo {

    private static final Logger log = LoggerFactory.getLogger(FeedbackDemo.class);
    private static final List<String> COMMENTS = List.of("服务很周到", "顾问解释得很清楚", "交车准时", "价格透明", "车洗得很干净", "等待时间有点长", "");
    private static final List<String> LOW_COMMENTS = List.of("修完还有异响", "比约定时间晚了两个小时", "结算金额比报价高", "车内有油污");
    private static final List<String[]> CAUSES = List.of(
            new String[] {"装配后未按规范复检", "增加装配后复检项目，班组长签字确认"},
            new String[] {"配件到货延迟未及时告知客户", "配件缺货时由顾问 2 小时内电话告知客户"},
            new String[] {"增项未经客户书面确认", "增项一律通过报价链接由客户确认后施工"},
            new String[] {"交车前未做清洁检查", "交车前增加内饰清洁检查表"});

    private final FollowUpManagement followUps;
    private final FollowUpRepository followUpRepository;
    private final FollowUpFactory factory;
    private final ComplaintManagement complaints;
    private final ComplaintRepository complaintRepository;
    private final WorkOrderManagement workOrders;
    private final OrganizationManagement organization;
    private final FeedbackProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;

    FeedbackDemo(
            FollowUpManagement followUps,
            FollowUpRepository followUpRepository,
            FollowUpFactory factory,
            ComplaintManagement complaints,
            ComplaintRepository complaintRepository,
            WorkOrderManagement workOrders,
            OrganizationManagement organization,
            FeedbackProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.followUps = followUps;
        this.followUpRepository = followUpRepository;
        this.factory = factory;
        this.complaints = complaints;
        this.complaintRepository = complaintRepository;
        this.workOrders = workOrders;
        this.organization = organization;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DemoWorkOrdersLoaded demo) {
        int[] counts = SystemUser.callAs(demo.organizationId(), demo.storeIds(), () -> load(demo, new Random(6)));
        log.info("Demo data: {} follow-ups, {} complaints.", counts[0], counts[1]);
    }

    private int[] load(DemoWorkOrdersLoaded demo, Random random) {
        Instant now = clock.instant();
        Map<StoreId, Actor> agents = new HashMap<>();
        Map<StoreId, Actor> managers = new HashMap<>();
        for (StoreId store : demo.storeIds()) {
            List<StaffMember> staff = organization.staffOf(store);
            agents.put(store, actor(staff, Role.FOLLOW_UP_AGENT, random));
            managers.put(store, actor(staff, Role.STORE_MANAGER, random));
        }
        int followUpCount = 0;
        int complaintCount = 0;
        for (WorkOrderId id : demo.deliveredWorkOrderIds()) {
            // One transaction per job, tried again if the scheduled task made the same follow-up at the same moment.
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    Integer complaint = transactions.execute(
                            status -> job(id, demo.organizationId(), agents, managers, now, random));
                    followUpCount++;
                    complaintCount += complaint == null ? 0 : complaint;
                    break;
                } catch (DataIntegrityViolationException e) {
                    if (attempt == 2) {
                        log.warn(
                                "Demo follow-up of work order {} left out: {}",
                                id,
                                e.getMostSpecificCause().toString());
                    }
                }
            }
        }
        return new int[] {followUpCount, complaintCount};
    }

    /** One delivered job's follow-up and what came of it; returns the number of complaints it opened. */
    private int job(
            WorkOrderId id,
            OrganizationId organizationId,
            Map<StoreId, Actor> agents,
            Map<StoreId, Actor> managers,
            Instant now,
            Random random) {
        WorkOrderView order = workOrders.get(id);
        if (order.settlement().deliveredAt() == null) {
            return 0;
        }
        Instant due = order.settlement()
                .deliveredAt()
                .plus(properties.followUpDelayFor(order.header().serviceType().name()));
        FollowUpView view = followUps.createAfterService(
                new FollowUpManagement.Due(organizationId, id, due, FollowUp.Subject.of(order)));
        if (view.status() != FollowUpStatus.OPEN || view.attempts() > 0) {
            // Worked on already: the demo is being loaded again after an interruption.
            return 0;
        }
        if (due.isAfter(now.minus(Duration.ofDays(5)))) {
            return 0;
        }
        FollowUp followUp = followUpRepository.findById(view.id().value()).orElseThrow();
        Actor agent = agents.get(order.header().storeId());
        Instant at = due.plus(Duration.ofMinutes(30 + random.nextInt(360)));
        int roll = random.nextInt(100);
        if (roll < 6) {
            for (int call = 0; call < properties.maxAttempts(); call++) {
                followUp.complete(
                        new FollowUpOutcome(false, null, null, null, "无人接听", null),
                        agent,
                        at.plus(Duration.ofHours(5L * call)),
                        properties.retryAfter(),
                        properties.maxAttempts());
            }
            followUpRepository.save(followUp);
            return 0;
        }
        boolean low = roll >= 91;
        List<Answer> answers = answers(view.questions(), low, roll >= 80, random);
        Integer nps = low ? random.nextInt(6) : 7 + random.nextInt(4);
        String comment = low
                ? LOW_COMMENTS.get(random.nextInt(LOW_COMMENTS.size()))
                : COMMENTS.get(random.nextInt(COMMENTS.size()));
        ComplaintSource source;
        if (roll < 30) {
            Instant sent = at;
            followUp.issueSurvey(sent.plus(properties.surveyLinkTtl()), sent);
            at = sent.plus(Duration.ofMinutes(20 + random.nextInt(2000)));
            followUp.answerSurvey(followUp.surveyExpiresAt(), answers, null, nps, comment, at);
            source = ComplaintSource.SURVEY;
        } else {
            followUp.complete(
                    new FollowUpOutcome(true, answers, null, nps, comment, null),
                    agent,
                    at,
                    properties.retryAfter(),
                    properties.maxAttempts());
            source = ComplaintSource.FOLLOW_UP;
        }
        followUpRepository.save(followUp);
        if (followUp.unhappy(properties.lowScore(), properties.lowNps())) {
            Complaint complaint = complaints.openFromFollowUp(followUp, source, at);
            work(complaint, organizationId, managers.get(order.header().storeId()), agent, at, now, random);
            return 1;
        }
        return 0;
    }

    /** Takes a complaint as far as its age allows: old ones closed (a few reopened), recent ones still open. */
    private void work(
            Complaint complaint,
            OrganizationId organizationId,
            Actor manager,
            Actor agent,
            Instant openedAt,
            Instant now,
            Random random) {
        Duration age = Duration.between(openedAt, now);
        if (age.toDays() < 20) {
            if (random.nextBoolean()) {
                complaint.acknowledge(manager, openedAt.plus(Duration.ofHours(3)));
            }
            complaint.escalate(now, properties.escalateToHqAfter());
            complaintRepository.save(complaint);
            return;
        }
        complaint.acknowledge(manager, openedAt.plus(Duration.ofHours(2 + random.nextInt(20))));
        String[] cause = CAUSES.get(random.nextInt(CAUSES.size()));
        Instant resolvedAt = openedAt.plus(Duration.ofHours(24 + random.nextInt(72)));
        complaint.resolve(cause[0], cause[1], manager, resolvedAt);
        complaintRepository.save(complaint);
        FollowUp verification = factory.create(
                organizationId,
                FollowUpKind.VERIFICATION,
                "VERIFICATION:" + complaint.id() + ":demo",
                complaint.about(),
                new ComplaintId(complaint.id()),
                complaint.number(),
                resolvedAt,
                resolvedAt);
        boolean satisfied = random.nextInt(10) > 0;
        Instant verifiedAt = resolvedAt.plus(Duration.ofHours(20 + random.nextInt(30)));
        verification.complete(
                new FollowUpOutcome(true, null, null, null, satisfied ? "客户表示满意" : "客户仍不满意", satisfied),
                agent,
                verifiedAt,
                properties.retryAfter(),
                properties.maxAttempts());
        followUpRepository.save(verification);
        complaint.verify(satisfied, null, agent, verifiedAt);
        if (!satisfied) {
            // Reopened: a second round, this time with a rework, and the customer satisfied.
            Instant again = verifiedAt.plus(Duration.ofHours(4));
            complaint.acknowledge(manager, again);
            complaint.resolve("首次处理未找到根本原因：" + cause[0], "返工并由技术主管复检", manager, again.plus(Duration.ofDays(2)));
            complaint.verify(true, null, agent, again.plus(Duration.ofDays(3)));
            verifiedAt = again.plus(Duration.ofDays(3));
        }
        complaint.close(manager, verifiedAt.plus(Duration.ofHours(2)));
        complaintRepository.save(complaint);
    }

    private static List<Answer> answers(List<String> questions, boolean low, boolean lukewarm, Random random) {
        List<Answer> answers = new ArrayList<>();
        int unhappy = low ? random.nextInt(questions.size()) : -1;
        for (int i = 0; i < questions.size(); i++) {
            int score = i == unhappy
                    ? 1 + random.nextInt(2)
                    : lukewarm ? 3 + random.nextInt(2) : random.nextInt(10) < 8 ? 5 : 4;
            answers.add(new Answer(questions.get(i), score, null));
        }
        return answers;
    }

    private static Actor actor(List<StaffMember> staff, Role role, Random random) {
        List<StaffMember> withRole = staff.stream().filter(s -> s.has(role)).toList();
        StaffMember member = withRole.isEmpty() ? staff.get(random.nextInt(staff.size())) : withRole.get(0);
        return new Actor(member.id().value(), member.displayName());
    }
}
