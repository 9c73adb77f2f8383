package io.aftersales.staff;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An entry as lists and its page show it. */
public record JournalEntryView(
        JournalEntryId id,
        StoreId storeId,
        UserId authorId,
        String authorName,
        JournalKind kind,
        LocalDate day,
        String title,
        String body,
        @Nullable CustomerId customerId,
        @Nullable String customerName,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
