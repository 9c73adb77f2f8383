package io.aftersales.asset;

import io.aftersales.shared.domain.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vehicle identification numbers (ISO 3779): 17 characters without I, O or Q. The check digit (9th character) is
 * verified where the country of manufacture requires one: China (GB 16735, WMIs starting with L) and North America
 * (1 to 5); European and Japanese VINs may use that position freely.
 */
public final class Vin {

    private static final Pattern FORMAT = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    private Vin() {}

    /** The VIN upper-cased and without spaces, or a 400 naming the field {@code vin} and what is wrong. */
    public static String normalize(String raw) {
        String vin = raw.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (vin.length() != 17) {
            throw new InvalidInputException("vin", "vin.length", vin.length());
        }
        if (!FORMAT.matcher(vin).matches()) {
            throw new InvalidInputException("vin", "vin.characters");
        }
        if (checkDigitRequired(vin)) {
            char expected = checkDigit(vin);
            if (vin.charAt(8) != expected) {
                throw new InvalidInputException("vin", "vin.checkDigit", String.valueOf(expected), vin.charAt(8));
            }
        }
        return vin;
    }

    static boolean checkDigitRequired(String vin) {
        char first = vin.charAt(0);
        return first == 'L' || (first >= '1' && first <= '5');
    }

    /** The ISO 3779 check digit of a 17-character VIN (its own 9th character is ignored). */
    public static char checkDigit(String vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += value(vin.charAt(i)) * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return switch (c) {
            case 'A', 'J' -> 1;
            case 'B', 'K', 'S' -> 2;
            case 'C', 'L', 'T' -> 3;
            case 'D', 'M', 'U' -> 4;
            case 'E', 'N', 'V' -> 5;
            case 'F', 'W' -> 6;
            case 'G', 'P', 'X' -> 7;
            case 'H', 'Y' -> 8;
            case 'R', 'Z' -> 9;
            default -> throw new IllegalArgumentException("not a VIN character: " + c);
        };
    }
}
