package io.aftersales.sales.web;

import io.aftersales.shared.domain.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Values typed into the sales forms, which bind as text so that a careless entry is shown back with its error
 * instead of leaving the form unbound: each parser refuses with the field's name, which the page shows beside it.
 */
final class Typed {

    private Typed() {}

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    static @Nullable LocalDate day(@Nullable String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "sales.badDay");
        }
    }

    /** A positive amount of money with at most two decimals and twelve digits before them; null when blank. */
    static @Nullable BigDecimal amount(@Nullable String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(text.trim().replace(",", "").replace("，", ""));
            if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
                throw new InvalidInputException(field, "sales.badAmount");
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "sales.badAmount");
        }
    }

    /** A whole number of units from 1 to a million; null when blank. */
    static @Nullable Integer quantity(@Nullable String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            int quantity = Integer.parseInt(text.trim());
            if (quantity < 1 || quantity > 1_000_000) {
                throw new InvalidInputException(field, "sales.badQuantity");
            }
            return quantity;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "sales.badQuantity");
        }
    }

    static BigDecimal requiredAmount(@Nullable String text, String field) {
        BigDecimal amount = amount(text, field);
        if (amount == null) {
            throw new InvalidInputException(field, "sales.required");
        }
        return amount;
    }
}
