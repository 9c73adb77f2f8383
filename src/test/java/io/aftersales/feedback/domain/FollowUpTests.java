package io.aftersales.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aftersales.feedback.Answer;
import io.aftersales.feedback.FollowUpKind;
import io.aftersales.feedback.FollowUpOutcome;
import io.aftersales.feedback.FollowUpStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FollowUpTests {

    private static final Instant DUE = Instant.parse("2026-11-05T01:00:00Z");
    private static final Actor AGENT = new Actor(UUID.randomUUID(), "刘回访");
    private static final Duration RETRY = Duration.ofHours(4);

    private static FollowUp followUp(FollowUpKind kind) {
        FollowUp.Subject about = new FollowUp.Subject(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "S01-1",
                UUID.randomUUID(),
                "张伟",
                null,
                "沪A12345",
                "REPAIR",
                UUID.randomUUID(),
                UUID.randomUUID());
        return new FollowUp(UUID.randomUUID(), kind, "K", about, null, null, null, DUE, DUE);
    }

    private static FollowUpOutcome reached(Integer... scores) {
        List<Answer> answers =
                Arrays.stream(scores).map(s -> new Answer("问题", s, null)).toList();
        return new FollowUpOutcome(true, answers, null, 9, null, null);
    }

    @Test
    void aCustomerNotReachedIsDueAgainLaterAndGivenUpAfterTheLastAttempt() {
        FollowUp followUp = followUp(FollowUpKind.AFTER_SERVICE);
        FollowUpOutcome notReached = new FollowUpOutcome(false, null, null, null, "无人接听", null);

        followUp.complete(notReached, AGENT, DUE, RETRY, 2);
        assertThat(followUp.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(followUp.toView(List.of(), DUE).dueAt()).isEqualTo(DUE.plus(RETRY));
        followUp.complete(notReached, AGENT, DUE.plus(RETRY), RETRY, 2);

        assertThat(followUp.status()).isEqualTo(FollowUpStatus.UNREACHABLE);
        assertThatThrownBy(() -> followUp.complete(reached(5), AGENT, DUE, RETRY, 2))
                .hasMessageContaining("illegal-transition");
    }

    @Test
    void theOverallScoreIsTheRoundedAverageOfTheAnswersUnlessGiven() {
        FollowUp averaged = followUp(FollowUpKind.AFTER_SERVICE);
        averaged.complete(reached(5, 4, 4, 2), AGENT, DUE, RETRY, 3);
        assertThat(averaged.score()).isEqualTo(4);

        FollowUp given = followUp(FollowUpKind.AFTER_SERVICE);
        given.complete(new FollowUpOutcome(true, null, 3, null, null, null), AGENT, DUE, RETRY, 3);
        assertThat(given.score()).isEqualTo(3);
    }

    @Test
    void anyAnswerAtOrBelowTheThresholdOrALowNpsMakesTheCustomerUnhappy() {
        FollowUp oneLow = followUp(FollowUpKind.AFTER_SERVICE);
        oneLow.complete(reached(5, 5, 2, 5), AGENT, DUE, RETRY, 3);
        assertThat(oneLow.score()).isEqualTo(4);
        assertThat(oneLow.unhappy(2, 6)).isTrue();

        FollowUp lowNps = followUp(FollowUpKind.AFTER_SERVICE);
        lowNps.complete(new FollowUpOutcome(true, null, 5, 6, null, null), AGENT, DUE, RETRY, 3);
        assertThat(lowNps.unhappy(2, 6)).isTrue();
        assertThat(lowNps.unhappy(2, 5)).isFalse();

        FollowUp happy = followUp(FollowUpKind.AFTER_SERVICE);
        happy.complete(reached(5, 3, 4), AGENT, DUE, RETRY, 3);
        assertThat(happy.unhappy(2, 6)).isFalse();
    }

    @Test
    void aVerificationNeedsToKnowWhetherTheCustomerIsSatisfied() {
        FollowUp verification = followUp(FollowUpKind.VERIFICATION);

        assertThatThrownBy(() -> verification.complete(reached(), AGENT, DUE, RETRY, 3))
                .hasMessageContaining("invalid-input");
        verification.complete(new FollowUpOutcome(true, null, null, null, null, true), AGENT, DUE, RETRY, 3);

        assertThat(verification.satisfied()).isTrue();
        assertThat(verification.unhappy(2, 6)).isFalse();
    }

    @Test
    void aSurveyLinkAnswersOnceBeforeItExpiresAndOnlyTheLatestLinkWorks() {
        FollowUp followUp = followUp(FollowUpKind.AFTER_SERVICE);
        Instant first = DUE.plus(Duration.ofDays(7));
        followUp.issueSurvey(first, DUE);
        Instant second = DUE.plus(Duration.ofDays(8));
        followUp.issueSurvey(second, DUE.plusSeconds(60));

        assertThatThrownBy(() -> followUp.answerSurvey(first, List.of(), 5, 10, null, DUE.plusSeconds(120)))
                .hasMessageContaining("survey-expired");
        assertThatThrownBy(() -> followUp.answerSurvey(second, List.of(), 5, 10, null, second))
                .hasMessageContaining("survey-expired");
        followUp.answerSurvey(second, List.of(new Answer("问题", 5, null)), null, 10, "很好", DUE.plusSeconds(180));
        assertThat(followUp.status()).isEqualTo(FollowUpStatus.DONE);
        assertThatThrownBy(() -> followUp.answerSurvey(second, List.of(), 1, 0, null, DUE.plusSeconds(240)))
                .hasMessageContaining("survey-answered");
        assertThat(followUp.score()).isEqualTo(5);
    }
}
