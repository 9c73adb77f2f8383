package io.aftersales.shared;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What a search box typed, as a pattern for {@code lower(column) like :pattern}. */
public final class SearchText {

    private SearchText() {}

    /**
     * {@code %text%} in lower case, without the wildcards {@code %} and {@code _} a user may have typed (they are
     * searched as nothing rather than as anything); null for no text.
     */
    public static @Nullable String containing(@Nullable String text) {
        return text == null || text.isBlank()
                ? null
                : "%" + text.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }
}
