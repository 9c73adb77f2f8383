package io.aftersales.shared.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the audit trail shows of one recorded action. {@code occurredAt} is UTC. */
public record AuditEntry(
        UUID id,
        @Nullable UUID storeId,
        @Nullable UUID actorId,
        String actorName,
        String action,
        String entityType,
        String entityId,
        @Nullable String detail,
        Instant occurredAt) {}
