package io.aftersales.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A reason to contact a customer on a day, and what it became (a follow-up task or a message). */
public record ReminderView(
        UUID id,
        ReminderKind kind,
        ReminderStatus status,
        @Nullable UUID storeId,
        UUID customerId,
        String customerName,
        @Nullable UUID assetId,
        @Nullable String assetLabel,
        @Nullable UUID workOrderId,
        LocalDate dueOn,
        String note,
        @Nullable UUID followUpId,
        @Nullable UUID messageId,
        Instant createdAt) {}
