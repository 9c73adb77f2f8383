package io.aftersales.feedback;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A campaign and what it did so far. */
public record CampaignView(
        CampaignId id,
        String name,
        SegmentId segmentId,
        @Nullable String segmentName,
        Channel channel,
        String subject,
        String body,
        Instant scheduledAt,
        int windowDays,
        CampaignStatus status,
        Instant createdAt,
        @Nullable Instant launchedAt,
        @Nullable Instant finishedAt,
        long version,
        Results results) {

    /**
     * What the campaign did: the customers it reached (one message each) and where their messages are, then who came
     * — a delivered job within the window after sending — and what they paid for those jobs. Bookings are not counted
     * until there are appointments.
     *
     * @param withdrawn messages taken back because the customer opted out before they went
     */
    public record Results(
            int recipients, int queued, int sent, int failed, int withdrawn, int came, BigDecimal revenue) {}
}
