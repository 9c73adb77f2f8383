package io.aftersales.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A campaign to plan: a message to the customers of a segment who consented to the channel.
 *
 * @param body the text; {@code {name}} becomes the customer's name
 * @param scheduledAt when to send; now when left out
 * @param windowDays how long after sending a delivered job counts as the campaign's result (came, revenue); 30 when
 *     left out
 */
public record NewCampaign(
        @NotBlank @Size(max = 100) String name,
        @NotNull SegmentId segmentId,
        @NotNull Channel channel,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 1000) String body,
        @Nullable Instant scheduledAt,
        @Nullable @Min(1) @Max(365) Integer windowDays) {}
