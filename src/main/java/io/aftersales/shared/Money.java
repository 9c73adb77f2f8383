package io.aftersales.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount of money in a currency (CNY unless said otherwise), rounded to the currency's minor unit. Shown per locale:
 * {@code ¥1,234.50} in zh-CN, {@code CN¥1,234.50} in English.
 */
public record Money(BigDecimal amount, Currency currency) {

    public static final Currency CNY = Currency.getInstance("CNY");

    public Money {
        amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount, CNY);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        return format.format(amount);
    }

    @Override
    public String toString() {
        return format(Locale.SIMPLIFIED_CHINESE);
    }
}
