package io.aftersales.demo;

import io.aftersales.feedback.Answer;
import io.aftersales.feedback.Campaigns;
import io.aftersales.feedback.Channel;
import io.aftersales.feedback.FeedbackHistory;
import io.aftersales.feedback.NewCampaign;
import io.aftersales.feedback.PastComplaint;
import io.aftersales.feedback.PastFollowUp;
import io.aftersales.feedback.SegmentRule;
import io.aftersales.feedback.SegmentView;
import io.aftersales.feedback.Segments;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.workorder.WorkOrderId;
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
import org.springframework.stereotype.Component;

/**
 * The demo history of the feedback loop, through the feedback module's history: a follow-up for every delivered
 * job, answered by phone or survey link (a few customers never reached), complaints from low answers, most closed
 * after a verification call, the recent ones still open, some of them late and escalated. Seeded, so every demo looks
 * the same.
 */
@Component
class DemoFeedback {

    private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);
    private static final List<String> COMMENTS = List.of("服务很周到", "顾问解释得很清楚", "交车准时", "价格透明", "车洗得很干净", "等待时间有点长", "");
    private static final List<String> LOW_COMMENTS = List.of("修完还有异响", "比约定时间晚了两个小时", "结算金额比报价高", "车内有油污");
    private static final List<String[]> CAUSES = List.of(
            new String[] {"装配后未按规范复检", "增加装配后复检项目，班组长签字确认"},
            new String[] {"配件到货延迟未及时告知客户", "配件缺货时由顾问 2 小时内电话告知客户"},
            new String[] {"增项未经客户书面确认", "增项一律通过报价链接由客户确认后施工"},
            new String[] {"交车前未做清洁检查", "交车前增加内饰清洁检查表"});

    private final FeedbackHistory history;
    private final Segments segments;
    private final Campaigns campaigns;
    private final OrganizationManagement organization;
    private final Clock clock;

    DemoFeedback(
            FeedbackHistory history,
            Segments segments,
            Campaigns campaigns,
            OrganizationManagement organization,
            Clock clock) {
        this.history = history;
        this.segments = segments;
        this.campaigns = campaigns;
        this.organization = organization;
        this.clock = clock;
    }

    void load(DemoOrganization.Loaded demo, List<WorkOrderId> delivered) {
        int[] counts =
                SystemUser.callAs(demo.organizationId(), demo.storeIds(), () -> load(demo, delivered, new Random(6)));
        log.info("Demo data: {} follow-ups, {} complaints.", counts[0], counts[1]);
        // Segments for the marketing desk to start from.
        SystemUser.callAs(demo.organizationId(), demo.storeIds(), () -> {
            segments.create(
                    "银卡及以上会员",
                    new SegmentRule(
                            List.of("SILVER", "GOLD"),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
            segments.create(
                    "半年未到店",
                    new SegmentRule(null, null, null, 180, null, null, null, null, null, null, null, null, null));
            segments.create(
                    "车龄 5 年以上的大众",
                    new SegmentRule(null, null, null, null, null, null, "大众", null, 5, null, null, null, null));
            SegmentView due = segments.create(
                    "30 天内保养到期",
                    new SegmentRule(null, null, null, null, null, null, null, null, null, null, null, null, 30));
            // Sent within a minute of start-up by the campaign task: its page then shows what it did.
            campaigns.create(new NewCampaign(
                    "保养到期短信提醒", due.id(), Channel.SMS, "保养提醒", "{name}您好，您的爱车保养即将到期，本月到店保养工时 9 折，回复 TD 退订。", null, 30));
            segments.create(
                    "浦东车队客户",
                    new SegmentRule(
                            null, List.of("车队"), "310115", null, null, null, null, null, null, null, null, null, null));
            return null;
        });
    }

    private int[] load(DemoOrganization.Loaded demo, List<WorkOrderId> delivered, Random random) {
        Instant now = clock.instant();
        Map<StoreId, UserId> agents = new HashMap<>();
        Map<StoreId, UserId> managers = new HashMap<>();
        for (StoreId store : demo.storeIds()) {
            List<StaffMember> staff = organization.staffOf(store);
            agents.put(store, member(staff, Role.FOLLOW_UP_AGENT, random));
            managers.put(store, member(staff, Role.STORE_MANAGER, random));
        }
        int[] counts = new int[2];
        for (WorkOrderId id : delivered) {
            boolean told = history.afterService(id, followUp -> {
                if (job(followUp, agents.get(followUp.storeId()), managers.get(followUp.storeId()), now, random)) {
                    counts[1]++;
                }
            });
            counts[0] += told ? 1 : 0;
        }
        return counts;
    }

    /** One delivered job's follow-up and what came of it; whether it opened a complaint. */
    private boolean job(PastFollowUp followUp, UserId agent, UserId manager, Instant now, Random random) {
        if (followUp.dueAt().isAfter(now.minus(Duration.ofDays(5)))) {
            return false;
        }
        Instant at = followUp.dueAt().plus(Duration.ofMinutes(30 + random.nextInt(360)));
        int roll = random.nextInt(100);
        if (roll < 6) {
            followUp.unreachable(agent, at, Duration.ofHours(5));
            return false;
        }
        boolean low = roll >= 91;
        List<Answer> answers = answers(followUp.questions(), low, roll >= 80, random);
        Integer nps = low ? random.nextInt(6) : 7 + random.nextInt(4);
        String comment = low
                ? LOW_COMMENTS.get(random.nextInt(LOW_COMMENTS.size()))
                : COMMENTS.get(random.nextInt(COMMENTS.size()));
        PastComplaint complaint;
        if (roll < 30) {
            Instant answeredAt = at.plus(Duration.ofMinutes(20 + random.nextInt(2000)));
            complaint = followUp.answeredSurvey(at, answers, nps, comment, answeredAt);
        } else {
            complaint = followUp.answered(agent, answers, nps, comment, at);
        }
        if (complaint == null) {
            return false;
        }
        work(complaint, manager, agent, now, random);
        return true;
    }

    /** Takes a complaint as far as its age allows: old ones closed (a few reopened), recent ones still open. */
    private void work(PastComplaint complaint, UserId manager, UserId agent, Instant now, Random random) {
        Instant openedAt = complaint.openedAt();
        if (Duration.between(openedAt, now).toDays() < 20) {
            if (random.nextBoolean()) {
                complaint.acknowledge(manager, openedAt.plus(Duration.ofHours(3)));
            }
            complaint.escalateIfLate(now);
            return;
        }
        complaint.acknowledge(manager, openedAt.plus(Duration.ofHours(2 + random.nextInt(20))));
        String[] cause = CAUSES.get(random.nextInt(CAUSES.size()));
        Instant resolvedAt = openedAt.plus(Duration.ofHours(24 + random.nextInt(72)));
        complaint.resolve(cause[0], cause[1], manager, resolvedAt);
        boolean satisfied = random.nextInt(10) > 0;
        Instant verifiedAt = resolvedAt.plus(Duration.ofHours(20 + random.nextInt(30)));
        complaint.verify(satisfied, satisfied ? "客户表示满意" : "客户仍不满意", agent, verifiedAt);
        if (!satisfied) {
            // Reopened: a second round, this time with a rework, and the customer satisfied.
            Instant again = verifiedAt.plus(Duration.ofHours(4));
            complaint.acknowledge(manager, again);
            complaint.resolve("首次处理未找到根本原因：" + cause[0], "返工并由技术主管复检", manager, again.plus(Duration.ofDays(2)));
            verifiedAt = again.plus(Duration.ofDays(3));
            complaint.verify(true, "客户表示满意", agent, verifiedAt);
        }
        complaint.close(manager, verifiedAt.plus(Duration.ofHours(2)));
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

    private static UserId member(List<StaffMember> staff, Role role, Random random) {
        List<StaffMember> withRole = staff.stream().filter(s -> s.has(role)).toList();
        return (withRole.isEmpty() ? staff.get(random.nextInt(staff.size())) : withRole.get(0)).id();
    }
}
