package io.aftersales.feedback;

import io.aftersales.feedback.domain.Complaint;
import io.aftersales.feedback.domain.FollowUp;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A follow-up of the past (see {@link FeedbackHistory}): the calls made and the answers given, with their times. */
public final class PastFollowUp {

    private final FollowUp followUp;
    private final Instant dueAt;
    private final StoreId storeId;
    private final List<String> questions;
    private final FeedbackHistory history;

    PastFollowUp(FollowUp followUp, Instant dueAt, StoreId storeId, List<String> questions, FeedbackHistory history) {
        this.followUp = followUp;
        this.dueAt = dueAt;
        this.storeId = storeId;
        this.questions = questions;
        this.history = history;
    }

    public Instant dueAt() {
        return dueAt;
    }

    /** The store of the job followed up. */
    public StoreId storeId() {
        return storeId;
    }

    /** The survey's questions for the job's service type, to be answered in this order. */
    public List<String> questions() {
        return questions;
    }

    /** Called as many times as a follow-up allows, {@code between} apart, and nobody answered. */
    public void unreachable(UserId agent, Instant firstCall, Duration between) {
        FeedbackProperties properties = history.properties();
        for (int call = 0; call < properties.maxAttempts(); call++) {
            followUp.complete(
                    new FollowUpOutcome(false, null, null, null, null, null),
                    history.actor(agent),
                    firstCall.plus(between.multipliedBy(call)),
                    properties.retryAfter(),
                    properties.maxAttempts());
        }
        history.followUpRepository().save(followUp);
    }

    /** Answered on the phone; a low answer opened the complaint returned. */
    public @Nullable PastComplaint answered(
            UserId agent, List<Answer> answers, @Nullable Integer nps, @Nullable String comment, Instant at) {
        FeedbackProperties properties = history.properties();
        followUp.complete(
                new FollowUpOutcome(true, answers, null, nps, comment, null),
                history.actor(agent),
                at,
                properties.retryAfter(),
                properties.maxAttempts());
        return saved(ComplaintSource.FOLLOW_UP, at);
    }

    /** Answered through the survey link sent at {@code sentAt}; a low answer opened the complaint returned. */
    public @Nullable PastComplaint answeredSurvey(
            Instant sentAt, List<Answer> answers, @Nullable Integer nps, @Nullable String comment, Instant at) {
        FeedbackProperties properties = history.properties();
        followUp.issueSurvey(sentAt.plus(properties.surveyLinkTtl()), sentAt);
        followUp.answerSurvey(followUp.surveyExpiresAt(), answers, null, nps, comment, at);
        return saved(ComplaintSource.SURVEY, at);
    }

    private @Nullable PastComplaint saved(ComplaintSource source, Instant at) {
        history.followUpRepository().save(followUp);
        FeedbackProperties properties = history.properties();
        if (!followUp.unhappy(properties.lowScore(), properties.lowNps())) {
            return null;
        }
        Complaint complaint = history.complaints().openFromFollowUp(followUp, source, at);
        return new PastComplaint(complaint, at, history);
    }
}
