package io.aftersales.workorder.domain;

import io.aftersales.workorder.WorkOrderStatus;
import io.aftersales.workorder.WorkOrderView.HistoryView;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One step in a work order's history: who did what, when, from which state to which. */
@Embeddable
public class StatusChange {

    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private @Nullable WorkOrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private WorkOrderStatus toStatus;

    @Column(name = "occurred_at")
    private Instant at;

    private @Nullable UUID byUser;
    private String byName;
    private @Nullable String note;

    protected StatusChange() {
        this.action = "";
        this.toStatus = WorkOrderStatus.RECEIVED;
        this.at = Instant.EPOCH;
        this.byName = "";
    }

    StatusChange(
            String action,
            @Nullable WorkOrderStatus from,
            WorkOrderStatus to,
            Instant at,
            Actor actor,
            @Nullable String note) {
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.at = at;
        this.byUser = actor.id();
        this.byName = actor.name();
        this.note = note;
    }

    HistoryView toView() {
        return new HistoryView(action, fromStatus, toStatus, at, byUser, byName, note);
    }
}
