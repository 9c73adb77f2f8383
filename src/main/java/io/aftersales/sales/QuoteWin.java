package io.aftersales.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A quote won: it becomes a contract with its lines, under this number (generated when left out), signed on this
 * day (today when left out), with these terms (all on delivery, 30 days, when left out).
 */
public record QuoteWin(
        @NotNull Long version,
        @Nullable @Size(max = 40) String contractNumber,
        @Nullable LocalDate signedOn,
        @Nullable LocalDate deliveryDue,
        @Nullable @Valid PaymentTerms terms,
        @Nullable @Size(max = 300) String requiredDocuments) {}
