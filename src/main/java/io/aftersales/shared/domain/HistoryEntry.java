package io.aftersales.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One step in an aggregate's history (a work order's, a complaint's): who did what, when, from which state to which.
 * States are kept by name, as the aggregate's status enum spells them.
 */
@Embeddable
public class HistoryEntry {

    private String action;

    @Column(name = "from_status")
    private @Nullable String fromStatus;

    @Column(name = "to_status")
    private String toStatus;

    @Column(name = "occurred_at")
    private Instant at;

    private @Nullable UUID byUser;
    private String byName;
    private @Nullable String note;

    protected HistoryEntry() {
        this.action = "";
        this.toStatus = "";
        this.at = Instant.EPOCH;
        this.byName = "";
    }

    public <S extends Enum<S>> HistoryEntry(
            String action,
            @Nullable S from,
            S to,
            Instant at,
            @Nullable UUID byUser,
            String byName,
            @Nullable String note) {
        this.action = action;
        this.fromStatus = from == null ? null : from.name();
        this.toStatus = to.name();
        this.at = at;
        this.byUser = byUser;
        this.byName = byName;
        this.note = note;
    }

    public <S extends Enum<S>> HistoryView<S> toView(Class<S> states) {
        return new HistoryView<>(
                action,
                fromStatus == null ? null : Enum.valueOf(states, fromStatus),
                Enum.valueOf(states, toStatus),
                at,
                byUser,
                byName,
                note);
    }
}
