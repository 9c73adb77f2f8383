package io.aftersales.feedback.domain;

import io.aftersales.feedback.ComplaintStatus;
import io.aftersales.feedback.ComplaintView.HistoryView;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One step in a complaint's history: who did what, when, from which state to which. */
@Embeddable
public class ComplaintStep {

    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private @Nullable ComplaintStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ComplaintStatus toStatus;

    private Instant at;
    private @Nullable UUID byUser;
    private String byName;
    private @Nullable String note;

    protected ComplaintStep() {
        this.action = "";
        this.toStatus = ComplaintStatus.OPEN;
        this.at = Instant.EPOCH;
        this.byName = "";
    }

    ComplaintStep(
            String action,
            @Nullable ComplaintStatus from,
            ComplaintStatus to,
            Actor actor,
            Instant at,
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
