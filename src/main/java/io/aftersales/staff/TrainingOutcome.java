package io.aftersales.staff;

import io.aftersales.shared.UserId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An attendee's result as recorded: the result, a score out of 100 and a note. */
public record TrainingOutcome(
        @NotNull UserId personId,
        @NotNull TrainingResult result,
        @Nullable @Min(0) @Max(100) Integer score,
        @Nullable @Size(max = 300) String note) {}
