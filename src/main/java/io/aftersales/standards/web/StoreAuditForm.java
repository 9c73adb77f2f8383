package io.aftersales.standards.web;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.standards.ChecklistId;
import io.aftersales.standards.NewStoreAudit;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The audit form: the store, the checklist, the day, and per item passed or failed with a note, owner, deadline. */
public class StoreAuditForm {

    private @Nullable StoreId storeId;
    private @Nullable ChecklistId checklistId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate auditedOn;

    private @Nullable @Size(max = 500) String note;
    private List<Row> results = new ArrayList<>();

    /** One item's result; {@code passed} stays empty until the auditor chooses. */
    public static class Row {
        private @Nullable Boolean passed;
        private @Nullable @Size(max = 300) String note;
        private @Nullable UserId ownerId;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private @Nullable LocalDate deadline;

        public @Nullable Boolean getPassed() {
            return passed;
        }

        public void setPassed(@Nullable Boolean passed) {
            this.passed = passed;
        }

        public @Nullable String getNote() {
            return note;
        }

        public void setNote(@Nullable String note) {
            this.note = note;
        }

        public @Nullable UserId getOwnerId() {
            return ownerId;
        }

        public void setOwnerId(@Nullable UserId ownerId) {
            this.ownerId = ownerId;
        }

        public @Nullable LocalDate getDeadline() {
            return deadline;
        }

        public void setDeadline(@Nullable LocalDate deadline) {
            this.deadline = deadline;
        }
    }

    NewStoreAudit toNewAudit() {
        return new NewStoreAudit(
                Objects.requireNonNull(storeId),
                Objects.requireNonNull(checklistId),
                auditedOn,
                note,
                results.stream()
                        .map(r -> new NewStoreAudit.ItemResult(
                                Boolean.TRUE.equals(r.passed), r.note, r.ownerId, r.deadline))
                        .toList());
    }

    public @Nullable StoreId getStoreId() {
        return storeId;
    }

    public void setStoreId(@Nullable StoreId storeId) {
        this.storeId = storeId;
    }

    public @Nullable ChecklistId getChecklistId() {
        return checklistId;
    }

    public void setChecklistId(@Nullable ChecklistId checklistId) {
        this.checklistId = checklistId;
    }

    public @Nullable LocalDate getAuditedOn() {
        return auditedOn;
    }

    public void setAuditedOn(@Nullable LocalDate auditedOn) {
        this.auditedOn = auditedOn;
    }

    public @Nullable String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note;
    }

    public List<Row> getResults() {
        return results;
    }

    public void setResults(List<Row> results) {
        this.results = results;
    }
}
