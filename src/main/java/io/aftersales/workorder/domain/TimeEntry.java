package io.aftersales.workorder.domain;

import io.aftersales.shared.Identifier;
import io.aftersales.shared.UserId;
import io.aftersales.workorder.WorkOrderLineId;
import io.aftersales.workorder.WorkOrderView.TimeEntryView;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A technician clocked on a job (or the whole work order) and, once ended, off again. */
@Embeddable
public class TimeEntry {

    private UUID technicianId;
    private @Nullable UUID lineId;
    private Instant startedAt;
    private @Nullable Instant endedAt;

    protected TimeEntry() {
        this.technicianId = new UUID(0, 0);
        this.startedAt = Instant.EPOCH;
    }

    TimeEntry(UUID technicianId, @Nullable UUID lineId, Instant startedAt) {
        this.technicianId = technicianId;
        this.lineId = lineId;
        this.startedAt = startedAt;
    }

    UUID technicianId() {
        return technicianId;
    }

    @Nullable
    UUID lineId() {
        return lineId;
    }

    boolean open() {
        return endedAt == null;
    }

    void end(Instant at) {
        this.endedAt = at.isBefore(startedAt) ? startedAt : at;
    }

    BigDecimal hours() {
        if (endedAt == null) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(Duration.between(startedAt, endedAt).toSeconds())
                .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    TimeEntryView toView() {
        return new TimeEntryView(
                Identifier.of(technicianId, UserId::new),
                Identifier.of(lineId, WorkOrderLineId::new),
                startedAt,
                endedAt);
    }
}
