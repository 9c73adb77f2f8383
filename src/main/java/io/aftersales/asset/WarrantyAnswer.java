package io.aftersales.asset;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether an asset is under warranty on a date at a mileage, and why (or why not).
 *
 * @param reason {@code COVERED}, {@code NO_WARRANTY}, {@code NOT_STARTED}, {@code EXPIRED} or {@code MILEAGE_EXCEEDED}
 */
public record WarrantyAnswer(
        boolean covered,
        String reason,
        LocalDate date,
        @Nullable Integer mileage,
        @Nullable LocalDate warrantyEnd,
        @Nullable Integer warrantyMileage) {}
