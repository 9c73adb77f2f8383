package io.aftersales.feedback;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.shared.StoreId;
import io.aftersales.workorder.WorkOrderId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A reason to contact a customer on a day, and what it became (a follow-up task or a message). */
public record ReminderView(
        ReminderId id,
        ReminderKind kind,
        ReminderStatus status,
        @Nullable StoreId storeId,
        CustomerId customerId,
        String customerName,
        @Nullable AssetId assetId,
        @Nullable String assetLabel,
        @Nullable WorkOrderId workOrderId,
        LocalDate dueOn,
        String note,
        @Nullable FollowUpId followUpId,
        @Nullable MessageId messageId,
        Instant createdAt) {}
