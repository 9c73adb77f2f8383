package io.aftersales.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a follow-up call found. Not reached: it is tried again later, up to the configured attempts.
 *
 * @param score overall satisfaction 1 to 5; the average of the answers' scores when empty
 * @param nps how likely the customer recommends us, 0 to 10
 * @param satisfied for a complaint's verification: is the customer satisfied with the resolution
 */
public record FollowUpOutcome(
        boolean reached,
        @Nullable List<@Valid Answer> answers,
        @Nullable @Min(1) @Max(5) Integer score,
        @Nullable @Min(0) @Max(10) Integer nps,
        @Nullable @Size(max = 2000) String comment,
        @Nullable Boolean satisfied) {

    public List<Answer> answersOrEmpty() {
        return answers != null ? answers : List.of();
    }
}
