package io.aftersales.workorder;

import org.jspecify.annotations.Nullable;

/** A rated point of the inspection checklist. */
public record InspectionResult(
        String item,
        @Nullable InspectionRating rating,
        @Nullable String note) {}
