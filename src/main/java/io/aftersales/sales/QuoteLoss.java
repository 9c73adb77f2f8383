package io.aftersales.sales;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Why a quote was lost: the code of a reason on the list (required), the competitor who won it, a note. */
public record QuoteLoss(
        @NotNull Long version,
        @Nullable @Size(max = 30) String reason,
        @Nullable @Size(max = 100) String competitor,
        @Nullable @Size(max = 500) String note) {}
