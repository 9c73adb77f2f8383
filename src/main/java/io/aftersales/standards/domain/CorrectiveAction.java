package io.aftersales.standards.domain;

import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.StoreVisibility;
import io.aftersales.standards.ActionStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** What a failed audit item asks to be put right (整改), by its owner by the deadline; done once, with a note. */
@Entity
@Table(name = "corrective_action")
@Filter(name = StoreVisibility.FILTER)
public class CorrectiveAction {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID storeId;
    private UUID storeAuditId;
    private String item;
    private String problem;
    private UUID ownerId;
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    private @Nullable String doneNote;
    private @Nullable LocalDate doneOn;
    private @Nullable UUID doneBy;

    @Version
    private @Nullable Long version;

    protected CorrectiveAction() {
        this.id = Ids.newId();
        this.organizationId = Ids.newId();
        this.storeId = Ids.newId();
        this.storeAuditId = Ids.newId();
        this.item = "";
        this.problem = "";
        this.ownerId = Ids.newId();
        this.deadline = LocalDate.EPOCH;
        this.status = ActionStatus.OPEN;
    }

    public CorrectiveAction(
            UUID organizationId,
            UUID storeId,
            UUID storeAuditId,
            String item,
            String problem,
            UUID ownerId,
            LocalDate deadline) {
        this();
        this.organizationId = organizationId;
        this.storeId = storeId;
        this.storeAuditId = storeAuditId;
        this.item = item;
        this.problem = problem;
        this.ownerId = ownerId;
        this.deadline = deadline;
    }

    public void done(String note, UUID by, LocalDate on) {
        if (status != ActionStatus.OPEN) {
            throw new DomainException("illegal-transition", "correctiveAction.alreadyDone");
        }
        if (note.isBlank()) {
            throw new InvalidInputException("note", "correctiveAction.noteRequired");
        }
        this.status = ActionStatus.DONE;
        this.doneNote = note.trim();
        this.doneOn = on;
        this.doneBy = by;
    }

    public boolean overdue(LocalDate today) {
        return status == ActionStatus.OPEN && today.isAfter(deadline);
    }

    public UUID id() {
        return id;
    }

    public UUID storeId() {
        return storeId;
    }

    public UUID storeAuditId() {
        return storeAuditId;
    }

    public String item() {
        return item;
    }

    public String problem() {
        return problem;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public ActionStatus status() {
        return status;
    }

    public @Nullable String doneNote() {
        return doneNote;
    }

    public @Nullable LocalDate doneOn() {
        return doneOn;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
