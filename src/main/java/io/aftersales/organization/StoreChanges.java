package io.aftersales.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * @param letterhead what the store's documents carry at the top; left as it is when not given
 * @param version the version the client read; a different current version is a 409
 */
public record StoreChanges(
        @NotBlank @Size(max = 100) String name,
        @Nullable String timeZone,
        @NotNull Boolean active,
        @Valid @Nullable Letterhead letterhead,
        @NotNull Long version) {}
