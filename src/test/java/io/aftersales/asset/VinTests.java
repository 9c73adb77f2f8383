package io.aftersales.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aftersales.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class VinTests {

    @Test
    void acceptsTheTextbookVinWhoseCheckDigitIsX() {
        assertThat(Vin.checkDigit("1M8GDM9AXKP042788")).isEqualTo('X');
        assertThat(Vin.normalize(" 1m8gdm9axkp042788 ")).isEqualTo("1M8GDM9AXKP042788");
    }

    @Test
    void verifiesTheCheckDigitOfChineseVins() {
        String body = "LSVAU2180N2183294";
        char right = Vin.checkDigit(body);
        String valid = body.substring(0, 8) + right + body.substring(9);
        assertThat(Vin.normalize(valid)).isEqualTo(valid);

        char wrong = right == '0' ? '1' : '0';
        String invalid = body.substring(0, 8) + wrong + body.substring(9);
        assertThatThrownBy(() -> Vin.normalize(invalid)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("vin");
            assertThat(e.messageKey()).isEqualTo("vin.checkDigit");
            assertThat(e.args()).containsExactly(String.valueOf(right), wrong);
        });
    }

    @Test
    void doesNotCheckTheNinthCharacterOfEuropeanVins() {
        assertThat(Vin.normalize("WVWZZZ1KZ6W000001")).isEqualTo("WVWZZZ1KZ6W000001");
    }

    @Test
    void refusesWrongLengthsAndTheLettersIOAndQ() {
        assertThatThrownBy(() -> Vin.normalize("LSVAU2180N218329")).hasMessageContaining("vin.length");
        assertThatThrownBy(() -> Vin.normalize("LSVAU2180N21832IO")).hasMessageContaining("vin.characters");
    }
}
