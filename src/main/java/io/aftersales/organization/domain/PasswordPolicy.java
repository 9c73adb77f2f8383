package io.aftersales.organization.domain;

import io.aftersales.shared.domain.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * At least 8 characters and at most 72 bytes in UTF-8 (what BCrypt reads: 24 Chinese characters), not the username with
 * digits or signs around it, and not one of the commonly used passwords we ship.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_BYTES = 72;

    /** The username with only digits and signs added ({@code wang.xiaoming2026!}) is still the username. */
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("/security/common-passwords.txt");
    }

    public void check(String field, String password, String username) {
        if (password.length() < MIN_LENGTH) {
            throw new InvalidInputException(field, "password.tooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInputException(field, "password.tooLong", MAX_BYTES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username.trim().toLowerCase(Locale.ROOT);
        if (lower.contains(name) && !LETTER.matcher(lower.replace(name, "")).find()) {
            throw new InvalidInputException(field, "password.sameAsUsername");
        }
        if (common.contains(lower)) {
            throw new InvalidInputException(field, "password.common");
        }
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>(65_536);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
