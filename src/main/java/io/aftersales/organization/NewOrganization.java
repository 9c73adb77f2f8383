package io.aftersales.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new tenant with its first store and its own admin user. Store code and time zone have defaults. */
public record NewOrganization(
        @NotBlank @Size(max = 100) String name,
        @Nullable @Pattern(regexp = NewStore.CODE_PATTERN) String storeCode,
        @NotBlank @Size(max = 100) String storeName,
        @Nullable String timeZone,

        @NotBlank @Pattern(regexp = NewUser.USERNAME_PATTERN)
        String adminUsername,

        @NotBlank @Size(max = 100) String adminPassword) {}
