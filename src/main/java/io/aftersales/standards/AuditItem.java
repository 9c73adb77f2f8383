package io.aftersales.standards;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One thing to check and what it weighs in the score (1 to 10). */
public record AuditItem(
        @NotBlank @Size(max = 200) String text,
        @Min(1) @Max(10) int weight) {}
