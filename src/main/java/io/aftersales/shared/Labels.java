package io.aftersales.shared;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /** The text of a message key with its arguments, in the reader's language. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /**
     * The text of a message key in each language the application speaks, and the key's last part: the ways a column
     * of an uploaded sheet may be headed.
     */
    public Set<String> everyLanguage(String key) {
        Set<String> texts = new LinkedHashSet<>();
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH)) {
            texts.add(messages.getMessage(key, null, key, locale));
        }
        texts.add(key.substring(key.lastIndexOf('.') + 1));
        return texts;
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
