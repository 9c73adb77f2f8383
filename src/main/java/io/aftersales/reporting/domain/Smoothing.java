package io.aftersales.reporting.domain;

import java.util.Arrays;

/**
 * Exponential smoothing of a monthly series: Holt-Winters with an additive season of twelve months once two years are
 * known, Holt's trend before that; the smoothing weights are those that best forecast the series one month ahead
 * over its own past (a grid of 0.1 to 0.9, and for the trend also none at all). No library on Maven Central does this under a licence we can ship (Smile
 * is GPL; Commons Math has no smoothing), and it is short.
 */
public final class Smoothing {

    /** Months in a season. */
    public static final int SEASON = 12;

    private static final double[] GRID = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    /** The trend's weights: 0 is no trend at all (a level alone, for a series that only wanders). */
    private static final double[] TREND_GRID = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    /** Which model a series gets. */
    public enum Method {
        /** Fewer than three months: the mean of what there is. */
        MEAN,
        /** Level and trend (Holt). */
        TREND,
        /** Level, trend and a twelve-month season (Holt-Winters, additive). */
        SEASONAL
    }

    private Smoothing() {}

    public static Method methodFor(int months) {
        return months >= 2 * SEASON ? Method.SEASONAL : months >= 3 ? Method.TREND : Method.MEAN;
    }

    /** The next {@code horizon} values after {@code series}, never below zero. */
    public static double[] forecast(double[] series, int horizon) {
        double[] ahead = switch (methodFor(series.length)) {
            case MEAN -> mean(series, horizon);
            case TREND -> best(series, horizon, false);
            case SEASONAL -> best(series, horizon, true);
        };
        for (int i = 0; i < ahead.length; i++) {
            ahead[i] = Math.max(0, ahead[i]);
        }
        return ahead;
    }

    private static double[] mean(double[] series, int horizon) {
        double[] ahead = new double[horizon];
        Arrays.fill(
                ahead, series.length == 0 ? 0 : Arrays.stream(series).average().orElse(0));
        return ahead;
    }

    /** Fits the weights with the least squared one-step error, then forecasts with them. */
    private static double[] best(double[] series, int horizon, boolean seasonal) {
        double bestError = Double.MAX_VALUE;
        double[] weights = {0.5, 0.1, 0.1};
        for (double alpha : GRID) {
            for (double beta : TREND_GRID) {
                for (double gamma : seasonal ? GRID : new double[] {0}) {
                    double error = run(series, alpha, beta, gamma, seasonal, 0).error();
                    if (error < bestError) {
                        bestError = error;
                        weights = new double[] {alpha, beta, gamma};
                    }
                }
            }
        }
        return run(series, weights[0], weights[1], weights[2], seasonal, horizon)
                .ahead();
    }

    private record Fit(double error, double[] ahead) {}

    private static Fit run(double[] y, double alpha, double beta, double gamma, boolean seasonal, int horizon) {
        int m = seasonal ? SEASON : 1;
        double[] season = new double[m];
        double level;
        double trend;
        int start;
        if (seasonal) {
            // Start values from the first two years: the change between their means as the trend, each month's
            // difference from the trend line through them as its season, the level at the end of the first year;
            // the smoother runs from the second year on. A year's mean stands for its middle, month 5.5.
            double first = mean(y, 0, SEASON);
            double second = mean(y, SEASON, 2 * SEASON);
            trend = beta == 0 ? 0 : (second - first) / SEASON;
            double middle = (SEASON - 1) / 2.0;
            for (int i = 0; i < SEASON; i++) {
                season[i] = (y[i]
                                - (first + trend * (i - middle))
                                + y[i + SEASON]
                                - (first + trend * (i + SEASON - middle)))
                        / 2;
            }
            level = first + trend * middle;
            start = SEASON;
        } else {
            level = y[0];
            trend = beta == 0 ? 0 : y[1] - y[0];
            start = 1;
        }
        double error = 0;
        for (int t = start; t < y.length; t++) {
            double s = season[t % m];
            double predicted = level + trend + (seasonal ? s : 0);
            double e = y[t] - predicted;
            error += e * e;
            double previousLevel = level;
            level = alpha * (y[t] - (seasonal ? s : 0)) + (1 - alpha) * (level + trend);
            trend = beta * (level - previousLevel) + (1 - beta) * trend;
            if (seasonal) {
                season[t % m] = gamma * (y[t] - level) + (1 - gamma) * s;
            }
        }
        double[] ahead = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            ahead[h - 1] = level + h * trend + (seasonal ? season[(y.length + h - 1) % m] : 0);
        }
        return new Fit(error, ahead);
    }

    private static double mean(double[] y, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += y[i];
        }
        return sum / (to - from);
    }
}
