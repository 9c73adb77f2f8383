package io.aftersales.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The answer to one question of the call script: a score of 1 (very unhappy) to 5 (very happy) and what was said. */
public record Answer(
        @NotBlank @Size(max = 200) String question,
        @Nullable @Min(1) @Max(5) Integer score,
        @Nullable @Size(max = 1000) String text) {}
