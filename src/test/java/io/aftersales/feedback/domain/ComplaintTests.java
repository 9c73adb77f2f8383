package io.aftersales.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aftersales.feedback.ComplaintSource;
import io.aftersales.feedback.ComplaintStatus;
import io.aftersales.feedback.FeedbackProperties.Deadlines;
import io.aftersales.feedback.Severity;
import io.aftersales.shared.domain.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComplaintTests {

    private static final Instant OPENED = Instant.parse("2026-11-02T02:00:00Z");
    private static final Actor MANAGER = new Actor(UUID.randomUUID(), "王店长");
    private static final Deadlines DEADLINES = new Deadlines(Duration.ofHours(24), Duration.ofDays(5));

    private static Complaint opened() {
        FollowUp.Subject about = new FollowUp.Subject(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "S01-1",
                UUID.randomUUID(),
                "张伟",
                null,
                null,
                "REPAIR",
                UUID.randomUUID(),
                UUID.randomUUID());
        return new Complaint(
                UUID.randomUUID(),
                about,
                ComplaintSource.PHONE,
                Severity.MEDIUM,
                "异响",
                null,
                null,
                DEADLINES,
                MANAGER,
                OPENED);
    }

    @Test
    void aComplaintGoesFromOpenToClosedOnlyThroughAVerifiedResolution() {
        Complaint complaint = opened();
        complaint.acknowledge(MANAGER, OPENED.plusSeconds(3600));
        complaint.investigate(MANAGER, OPENED.plusSeconds(7200));
        complaint.resolve("装配不到位", "加强复检", MANAGER, OPENED.plusSeconds(86_400));
        complaint.verify(true, null, MANAGER, OPENED.plusSeconds(2 * 86_400));
        complaint.close(MANAGER, OPENED.plusSeconds(2 * 86_400 + 60));

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaint.toView(OPENED).history())
                .extracting(h -> h.action())
                .containsExactly("OPEN", "ACKNOWLEDGE", "INVESTIGATE", "RESOLVE", "VERIFY", "CLOSE");
    }

    @Test
    void resolvingWithoutARootCauseOrACorrectiveActionChangesNothing() {
        Complaint complaint = opened();
        complaint.acknowledge(MANAGER, OPENED);

        assertThatThrownBy(() -> complaint.resolve(" ", "加强复检", MANAGER, OPENED))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("root-cause-required");
        assertThatThrownBy(() -> complaint.resolve("装配不到位", null, MANAGER, OPENED))
                .hasMessageContaining("corrective-action-required");
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
        assertThat(complaint.toView(OPENED).rootCause()).isNull();
    }

    @Test
    void closingBeforeASatisfiedVerificationIsRefused() {
        Complaint complaint = opened();
        assertThatThrownBy(() -> complaint.close(MANAGER, OPENED)).hasMessageContaining("verification-required");
        complaint.acknowledge(MANAGER, OPENED);
        complaint.resolve("装配不到位", "加强复检", MANAGER, OPENED);
        assertThatThrownBy(() -> complaint.close(MANAGER, OPENED)).hasMessageContaining("verification-required");

        complaint.verify(false, "还是响", MANAGER, OPENED.plusSeconds(60));

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.REOPENED);
        assertThatThrownBy(() -> complaint.close(MANAGER, OPENED)).hasMessageContaining("verification-required");
    }

    @Test
    void aMissedDeadlineEscalatesToTheManagerThenToHqOnceAndAReopenStartsAfresh() {
        Complaint complaint = opened();
        Duration toHq = Duration.ofHours(24);

        assertThat(complaint.escalate(OPENED.plus(Duration.ofHours(23)), toHq)).isFalse();
        assertThat(complaint.late(OPENED.plus(Duration.ofHours(25)))).isTrue();
        assertThat(complaint.escalate(OPENED.plus(Duration.ofHours(25)), toHq)).isTrue();
        assertThat(complaint.escalationLevel()).isEqualTo(1);
        assertThat(complaint.escalate(OPENED.plus(Duration.ofHours(30)), toHq)).isFalse();
        assertThat(complaint.escalate(OPENED.plus(Duration.ofHours(49)), toHq)).isTrue();
        assertThat(complaint.escalationLevel()).isEqualTo(2);
        assertThat(complaint.escalate(OPENED.plus(Duration.ofDays(9)), toHq)).isFalse();

        complaint.acknowledge(MANAGER, OPENED.plus(Duration.ofHours(50)));
        assertThat(complaint.late(OPENED.plus(Duration.ofHours(51)))).isFalse();
        complaint.resolve("装配不到位", "加强复检", MANAGER, OPENED.plus(Duration.ofHours(52)));
        assertThat(complaint.late(OPENED.plus(Duration.ofDays(30)))).isFalse();
        complaint.reopen("又响了", MANAGER, OPENED.plus(Duration.ofDays(10)));
        assertThat(complaint.escalationLevel()).isZero();
        assertThat(complaint.late(OPENED.plus(Duration.ofDays(14)))).isFalse();
        assertThat(complaint.late(OPENED.plus(Duration.ofDays(16)))).isTrue();
    }
}
