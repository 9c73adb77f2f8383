package io.aftersales.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** @param version the version the client read; a different current version is a 409 */
public record StoreChanges(
        @NotBlank @Size(max = 100) String name,
        @Nullable String timeZone,
        @NotNull Boolean active,
        @NotNull Long version) {}
