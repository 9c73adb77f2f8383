package io.aftersales.organization;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

public record NewUser(
        @NotBlank @Pattern(regexp = USERNAME_PATTERN) String username,
        @NotBlank @Size(max = 100) String password,
        @NotBlank @Size(max = 100) String displayName,
        @NotEmpty Set<Role> roles,
        @NotEmpty Set<StoreId> storeIds) {

    /** Letters, digits, dot, dash and underscore, 3 to 50 characters; stored lower-case. */
    public static final String USERNAME_PATTERN = "[A-Za-z0-9._-]{3,50}";
}
