package io.aftersales.asset.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LicensePlateTests {

    @ParameterizedTest
    @ValueSource(strings = {"沪A12345", "京N8K2P6", "粤BD12345", "粤B12345D", "浙AFA1234", "苏E1234学", "使123456"})
    void acceptsChinesePlatesIncludingNewEnergyOnes(String plate) {
        assertThat(LicensePlate.normalize(plate)).isEqualTo(plate);
    }

    @Test
    void normalisesWhatPeopleType() {
        assertThat(LicensePlate.normalize("沪a·123 45")).isEqualTo("沪A12345");
        assertThat(LicensePlate.normalize("粤b-d12345")).isEqualTo("粤BD12345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"沪A1234", "AA12345", "沪A123456", "沪AI2345", "粤BX12345"})
    void refusesWhatIsNoPlate(String plate) {
        assertThatThrownBy(() -> LicensePlate.normalize(plate)).hasMessageContaining("plate.invalid");
    }

    @Test
    void tellsPlatesFromNames() {
        assertThat(LicensePlate.looksLikePlate("沪a12")).isTrue();
        assertThat(LicensePlate.looksLikePlate("王小明")).isFalse();
        assertThat(LicensePlate.looksLikePlate("A123")).isFalse();
    }
}
