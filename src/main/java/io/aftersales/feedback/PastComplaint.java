package io.aftersales.feedback;

import io.aftersales.feedback.domain.Complaint;
import io.aftersales.feedback.domain.FollowUp;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A complaint of the past (see {@link FeedbackHistory}), opened by a low answer: how it was handled, with the times.
 */
public final class PastComplaint {

    private final Complaint complaint;
    private final Instant openedAt;
    private final FeedbackHistory history;

    PastComplaint(Complaint complaint, Instant openedAt, FeedbackHistory history) {
        this.complaint = complaint;
        this.openedAt = openedAt;
        this.history = history;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public PastComplaint acknowledge(UserId by, Instant at) {
        complaint.acknowledge(history.actor(by), at);
        return saved();
    }

    /** Escalated as the scheduled check would have done by {@code now}, if it is late by then. */
    public PastComplaint escalateIfLate(Instant now) {
        complaint.escalate(now, history.properties().escalateToHqAfter());
        return saved();
    }

    public PastComplaint resolve(@Nullable String rootCause, @Nullable String correctiveAction, UserId by, Instant at) {
        complaint.resolve(rootCause, correctiveAction, history.actor(by), at);
        return saved();
    }

    /** The verification call after a resolution: satisfied, or the complaint is reopened. */
    public PastComplaint verify(boolean satisfied, @Nullable String note, UserId by, Instant at) {
        FeedbackProperties properties = history.properties();
        FollowUp call = history.factory()
                .create(
                        new OrganizationId(complaint.organizationId()),
                        FollowUpKind.VERIFICATION,
                        "VERIFICATION:" + complaint.id() + ":" + at.toEpochMilli(),
                        complaint.about(),
                        new ComplaintId(complaint.id()),
                        complaint.number(),
                        at,
                        at);
        call.complete(
                new FollowUpOutcome(true, null, null, null, note, satisfied),
                history.actor(by),
                at,
                properties.retryAfter(),
                properties.maxAttempts());
        history.followUpRepository().save(call);
        complaint.verify(satisfied, note, history.actor(by), at);
        return saved();
    }

    public PastComplaint close(UserId by, Instant at) {
        complaint.close(history.actor(by), at);
        return saved();
    }

    private PastComplaint saved() {
        history.complaintRepository().save(complaint);
        return this;
    }
}
