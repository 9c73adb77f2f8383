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
import org.springframework.stereotype.Component;

/** At least 8 characters, not the username, and not one of the commonly used passwords we ship. */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("/security/common-passwords.txt");
    }

    public void check(String field, String password, String username) {
        if (password.length() < MIN_LENGTH) {
            throw new InvalidInputException(field, "password.tooShort", MIN_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.equals(username.trim().toLowerCase(Locale.ROOT))) {
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
