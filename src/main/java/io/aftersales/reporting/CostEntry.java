package io.aftersales.reporting;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A cost entered by hand, with who it is charged to (no one: the store) and who entered it. */
public record CostEntry(
        UUID id,
        StoreId storeId,
        @Nullable UserId personId,
        @Nullable String personName,
        CostCentre centre,
        LocalDate day,
        BigDecimal amount,
        String note,
        Instant createdAt,
        String createdBy) {}
