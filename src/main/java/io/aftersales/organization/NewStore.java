package io.aftersales.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * @param timeZone an IANA zone such as {@code Asia/Urumqi}; the configured default when empty
 * @param letterhead what the store's documents carry at the top; none when not given
 */
public record NewStore(
        @NotBlank @Pattern(regexp = CODE_PATTERN) String code,
        @NotBlank @Size(max = 100) String name,
        @Nullable String timeZone,
        @Valid @Nullable Letterhead letterhead) {

    /** Short upper-case code used in document numbers, e.g. {@code SH01}. */
    public static final String CODE_PATTERN = "[A-Za-z0-9]{2,10}";

    public NewStore(String code, String name, @Nullable String timeZone) {
        this(code, name, timeZone, null);
    }
}
