package io.aftersales.standards;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An audit with its results, photos and the corrective actions of its failed items. */
public record StoreAuditView(
        StoreAuditId id,
        StoreId storeId,
        ChecklistId checklistId,
        String checklistName,
        AuditArea area,
        LocalDate auditedOn,
        UserId auditorId,
        String auditorName,
        BigDecimal score,
        int passed,
        int items,
        @Nullable String note,
        Instant createdAt,
        List<Result> results,
        List<AuditPhotoId> photos,
        List<CorrectiveActionView> actions) {

    public record Result(
            String text,
            int weight,
            boolean passed,
            @Nullable String note) {}
}
