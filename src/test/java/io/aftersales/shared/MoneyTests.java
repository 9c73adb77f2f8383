package io.aftersales.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void isRoundedToTheCurrencysMinorUnit() {
        assertThat(Money.of(new BigDecimal("12.345")).amount()).isEqualByComparingTo("12.35");
        assertThat(new Money(new BigDecimal("1234.5"), Currency.getInstance("JPY")).amount())
                .isEqualByComparingTo("1235");
    }

    @Test
    void isShownWithTheCurrencyAsTheReadersLocaleWritesIt() {
        Money money = Money.of(new BigDecimal("1234.5"));
        assertThat(money.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("¥1,234.50");
        assertThat(money.format(Locale.ENGLISH)).isEqualTo("CN¥1,234.50");
        assertThat(money.format(Locale.TRADITIONAL_CHINESE))
                .contains("1,234.50")
                .contains("¥");
    }

    @Test
    void addsOnlyTheSameCurrency() {
        assertThat(Money.of(BigDecimal.ONE).plus(Money.of(BigDecimal.TEN)).amount())
                .isEqualByComparingTo("11");
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE).plus(new Money(BigDecimal.ONE, Currency.getInstance("USD"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
