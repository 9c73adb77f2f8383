package io.aftersales.workorder;

import io.aftersales.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A technician clocked on a job from {@code startedAt} until {@code endedAt} (null while still on). */
public record ClockIn(
        UserId technicianId, Instant startedAt, @Nullable Instant endedAt) {}
