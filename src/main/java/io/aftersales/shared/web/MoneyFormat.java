package io.aftersales.shared.web;

import io.aftersales.shared.Money;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts on pages and documents, in the reader's locale: templates call {@code ${@money.format(order.amountDue)}}
 * instead of gluing a currency sign to a number.
 */
@Component("money")
public class MoneyFormat {

    public String format(@Nullable BigDecimal amount) {
        return format(amount, LocaleContextHolder.getLocale());
    }

    public String format(@Nullable BigDecimal amount, Locale locale) {
        return amount == null ? "—" : Money.of(amount).format(locale);
    }
}
