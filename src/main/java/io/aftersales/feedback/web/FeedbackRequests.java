package io.aftersales.feedback.web;

import io.aftersales.feedback.Answer;
import io.aftersales.feedback.Channel;
import io.aftersales.shared.UserId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a step of the feedback loop takes, as JSON from the API and as form fields from the pages alike. */
final class FeedbackRequests {

    private FeedbackRequests() {}

    @Schema(name = "FeedbackVersionRequest")
    record VersionRequest(@NotNull Long version) {}

    @Schema(name = "FollowUpCompleteRequest")
    record CompleteRequest(
            @NotNull Long version,
            boolean reached,
            @Nullable List<@NotNull @Valid Answer> answers,
            @Nullable @Min(1) @Max(5) Integer score,
            @Nullable @Min(0) @Max(10) Integer nps,
            @Nullable @Size(max = 2000) String comment,
            @Nullable Boolean satisfied) {}

    record RescheduleRequest(
            @NotNull Long version,
            @NotNull Instant dueAt,
            @Nullable UserId agentId) {}

    record SurveyRequest(@NotNull Long version, @NotNull Channel channel) {}

    record AssignRequest(@NotNull Long version, @NotNull UserId ownerId) {}

    record ResolveRequest(
            @NotNull Long version,
            @Nullable @Size(max = 2000) String rootCause,
            @Nullable @Size(max = 2000) String correctiveAction) {}

    record VerifyRequest(
            @NotNull Long version,
            @NotNull Boolean satisfied,
            @Nullable @Size(max = 2000) String note) {}

    @Schema(name = "ComplaintReasonRequest")
    record ReasonRequest(
            @NotNull Long version,
            @Nullable @Size(max = 2000) String reason) {}

    record ReworkRequest(
            @NotNull Long version,
            @Nullable @Size(max = 1000) String description) {}
}
