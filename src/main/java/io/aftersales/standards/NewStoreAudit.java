package io.aftersales.standards;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An audit as recorded: one result per checklist item, in the checklist's order. A failed item needs a note of what
 * was wrong; its corrective action goes to {@code ownerId} (the store's manager when left out) by {@code deadline}
 * (the audit day plus the configured days when left out).
 */
public record NewStoreAudit(
        @NotNull StoreId storeId,
        @NotNull ChecklistId checklistId,
        @Nullable LocalDate auditedOn,
        @Nullable @Size(max = 500) String note,
        @NotEmpty List<@Valid ItemResult> results) {

    public record ItemResult(
            boolean passed,
            @Nullable @Size(max = 300) String note,
            @Nullable UserId ownerId,
            @Nullable LocalDate deadline) {}
}
