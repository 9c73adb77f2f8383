package io.aftersales.shared;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words for people in their language (the request's), outside templates: the column headers and codes of an export,
 * as the pages show them.
 */
@Component
public class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    /** The text of a message key; the key itself when there is none. */
    public String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** The texts of these message keys, in order: an export's headers. */
    public List<String> texts(String... keys) {
        return Arrays.stream(keys).map(this::text).toList();
    }

    /** Yes or no in the reader's language: a flag in an export. */
    public String yesNo(boolean value) {
        return text(value ? "common.yes" : "common.no");
    }

    /** A code (an enum's name) as its label under {@code prefix}; the code itself when it has none. */
    public @Nullable String of(String prefix, @Nullable Object code) {
        if (code == null) {
            return null;
        }
        String label = messages.getMessage(prefix + code, null, null, LocaleContextHolder.getLocale());
        return label == null ? code.toString() : label;
    }
}
