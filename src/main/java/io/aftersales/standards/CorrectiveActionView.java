package io.aftersales.standards;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A failed item to put right: whose, by when, and what was done. */
public record CorrectiveActionView(
        CorrectiveActionId id,
        StoreAuditId auditId,
        StoreId storeId,
        String item,
        String problem,
        UserId ownerId,
        String ownerName,
        LocalDate deadline,
        ActionStatus status,
        boolean overdue,
        @Nullable String doneNote,
        @Nullable LocalDate doneOn,
        long version) {}
