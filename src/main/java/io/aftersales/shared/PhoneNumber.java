package io.aftersales.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Optional;
import java.util.regex.Pattern;

/** A valid phone number in E.164 form ({@code +8613812345678}); numbers without a country code are Chinese. */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "CN";
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");

    /** The number as typed (spaces, dashes, {@code +86} or not), if it is a valid one. */
    public static Optional<PhoneNumber> parse(String raw) {
        if (raw == null || raw.isBlank() || LETTER.matcher(raw).find()) {
            // Letters are not part of a number here: libphonenumber would read them as keypad digits.
            return Optional.empty();
        }
        try {
            var parsed = UTIL.parse(raw.trim(), DEFAULT_REGION);
            if (!UTIL.isValidNumber(parsed)) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    public String last4() {
        return e164.substring(e164.length() - 4);
    }

    /** Chinese numbers without {@code +86} (as people write them), others in international form. */
    public String display() {
        return e164.startsWith("+86") ? e164.substring(3) : e164;
    }
}
