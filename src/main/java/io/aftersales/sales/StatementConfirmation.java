package io.aftersales.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The customer agreed the statement: who signed for them, on which day (today when left out), and a note. */
public record StatementConfirmation(
        @NotNull Long version,
        @NotBlank @Size(max = 100) String confirmedBy,
        @Nullable LocalDate confirmedOn,
        @Nullable @Size(max = 500) String note) {}
