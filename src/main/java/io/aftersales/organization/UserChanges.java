package io.aftersales.organization;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** @param version the version the client read; a different current version is a 409 */
public record UserChanges(
        @NotBlank @Size(max = 100) String displayName,
        @NotEmpty Set<Role> roles,
        @NotEmpty Set<StoreId> storeIds,
        @NotNull Long version) {}
