package io.aftersales.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SmoothingTests {

    @Test
    void aSeasonRepeatedOverAGrowingLevelIsForecastAlmostExactly() {
        double[] season = {80, 70, 90, 100, 110, 120, 130, 125, 105, 95, 85, 140};
        double[] series = new double[36];
        for (int t = 0; t < series.length; t++) {
            series[t] = season[t % 12] + 2.0 * t;
        }
        assertThat(Smoothing.methodFor(series.length)).isEqualTo(Smoothing.Method.SEASONAL);

        double[] ahead = Smoothing.forecast(series, 3);

        for (int h = 0; h < 3; h++) {
            double expected = season[(36 + h) % 12] + 2.0 * (36 + h);
            assertThat(ahead[h]).isCloseTo(expected, within(expected * 0.03));
        }
    }

    @Test
    void aTrendWithoutSeasonIsCarriedOn() {
        double[] series = {10, 12, 14, 16, 18, 20, 22, 24};
        assertThat(Smoothing.methodFor(series.length)).isEqualTo(Smoothing.Method.TREND);

        double[] ahead = Smoothing.forecast(series, 2);

        assertThat(ahead[0]).isCloseTo(26, within(0.5));
        assertThat(ahead[1]).isCloseTo(28, within(0.5));
    }

    @Test
    void aFewMonthsGiveTheirMeanAndNothingIsForecastBelowZero() {
        assertThat(Smoothing.forecast(new double[] {4, 8}, 2)).containsExactly(6, 6);
        assertThat(Smoothing.forecast(new double[] {}, 1)).containsExactly(0);
        for (double value : Smoothing.forecast(new double[] {30, 20, 10, 0}, 3)) {
            assertThat(value).isGreaterThanOrEqualTo(0);
        }
    }
}
