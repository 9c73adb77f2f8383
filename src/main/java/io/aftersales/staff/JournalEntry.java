package io.aftersales.staff;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.StoreId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A meeting note or a diary entry as written: of which store (the writer's current one when left out), which day, a
 * title, the text, and the customer it is about. {@code version} is the one read, when it changes an entry.
 */
public record JournalEntry(
        @Nullable StoreId storeId,
        @NotNull JournalKind kind,
        @NotNull LocalDate day,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String body,
        @Nullable CustomerId customerId,
        @Nullable Long version) {}
