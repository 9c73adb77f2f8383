package io.aftersales.feedback;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.workorder.WorkOrderId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A follow-up task with its call script and what came of it. */
public record FollowUpView(
        FollowUpId id,
        FollowUpKind kind,
        FollowUpStatus status,
        StoreId storeId,
        @Nullable WorkOrderId workOrderId,
        @Nullable String workOrderNumber,
        CustomerId customerId,
        String customerName,
        @Nullable AssetId assetId,
        @Nullable String assetLabel,
        @Nullable String serviceType,
        @Nullable UserId advisorId,
        @Nullable UserId technicianId,
        @Nullable ComplaintId complaintId,
        @Nullable String subject,
        @Nullable UserId agentId,
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
