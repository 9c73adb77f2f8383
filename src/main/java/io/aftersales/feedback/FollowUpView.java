package io.aftersales.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A follow-up task with its call script and what came of it. */
public record FollowUpView(
        UUID id,
        FollowUpKind kind,
        FollowUpStatus status,
        UUID storeId,
        @Nullable UUID workOrderId,
        @Nullable String workOrderNumber,
        UUID customerId,
        String customerName,
        @Nullable UUID assetId,
        @Nullable String assetLabel,
        @Nullable String serviceType,
        @Nullable UUID advisorId,
        @Nullable UUID technicianId,
        @Nullable UUID complaintId,
        @Nullable String subject,
        @Nullable UUID agentId,
        Instant dueAt,
        boolean overdue,
        int attempts,
        @Nullable Boolean reached,
        @Nullable Integer score,
        @Nullable Integer nps,
        @Nullable Boolean satisfied,
        @Nullable String comment,
        @Nullable String answeredVia,
        @Nullable String completedByName,
        @Nullable Instant completedAt,
        @Nullable Instant surveyExpiresAt,
        @Nullable Instant surveySentAt,
        List<String> questions,
        List<Answer> answers,
        Instant createdAt,
        long version) {}
