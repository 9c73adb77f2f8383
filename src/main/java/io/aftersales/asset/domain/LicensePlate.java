package io.aftersales.asset.domain;

import io.aftersales.shared.domain.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chinese number plates (GA 36): a province character, the issuing authority's letter, then five characters, or six
 * for new-energy vehicles (D or F first for small ones, last for large ones). Typed with or without the separator.
 */
public final class LicensePlate {

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String CHAR = "[A-HJ-NP-Z0-9]";
    private static final Pattern STANDARD =
            Pattern.compile("[" + PROVINCES + "][A-Z]" + CHAR + "{4}(" + CHAR + "|[挂学警领港澳])");
    private static final Pattern NEW_ENERGY =
            Pattern.compile("[" + PROVINCES + "][A-Z]([DF]" + CHAR + "\\d{4}|\\d{5}[DF])");
    private static final Pattern EMBASSY = Pattern.compile("使\\d{6}|\\d{6}使");

    private LicensePlate() {}

    /** The plate without separators, upper-cased, or a 400 naming the field {@code plate}. */
    public static String normalize(String raw) {
        String plate = searchable(raw);
        if (isComplete(plate)) {
            return plate;
        }
        throw new InvalidInputException("plate", "plate.invalid", raw);
    }

    /** Whether typed text is a whole valid plate (which cannot be part of a longer one). */
    public static boolean isComplete(String typed) {
        String plate = searchable(typed);
        return STANDARD.matcher(plate).matches()
                || NEW_ENERGY.matcher(plate).matches()
                || EMBASSY.matcher(plate).matches();
    }

    private static final Pattern PLATE_START = Pattern.compile("[" + PROVINCES + "][A-Z].*");

    /** Whether typed text starts like a plate (a province, then a letter): no customer's name does. */
    public static boolean looksLikePlate(String typed) {
        return PLATE_START.matcher(searchable(typed)).matches();
    }

    /** What to look for when someone types part of a plate into the search box. */
    public static String searchable(String typed) {
        return typed.replaceAll("[\\s·.\\-]", "").toUpperCase(Locale.ROOT);
    }
}
