package io.aftersales.workorder.domain;

import io.aftersales.shared.Identifier;
import io.aftersales.shared.UserId;
import io.aftersales.workorder.WorkOrderLineId;
import io.aftersales.workorder.WorkOrderView.LogEntryView;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A technician's dated note in the work log (工作日记), possibly naming a job and its root cause. */
@Embeddable
public class LogEntry {

    @Column(name = "occurred_at")
    private Instant at;

    private UUID byUser;
    private String byName;
    private @Nullable UUID lineId;
    private String text;
    private @Nullable String rootCause;

    protected LogEntry() {
        this.at = Instant.EPOCH;
        this.byUser = new UUID(0, 0);
        this.byName = "";
        this.text = "";
    }

    LogEntry(Instant at, UUID byUser, String byName, @Nullable UUID lineId, String text, @Nullable String rootCause) {
        this.at = at;
        this.byUser = byUser;
        this.byName = byName;
        this.lineId = lineId;
        this.text = text;
        this.rootCause = rootCause;
    }

    LogEntryView toView() {
        return new LogEntryView(
                at,
                Identifier.of(byUser, UserId::new),
                byName,
                Identifier.of(lineId, WorkOrderLineId::new),
                text,
                rootCause);
    }
}
