package io.aftersales.shared.web;

import java.util.List;

/**
 * What static/js/charts.js draws, written into a page's {@code data-chart} attribute as JSON: categories along the
 * bottom, one or two value axes, and series of bars or lines. The same figures are always in a table beside it.
 *
 * @param axes the names of the left and, if any, the right value axis
 */
public record ChartSpec(List<String> labels, List<String> axes, List<Series> series) {

    /**
     * @param type {@code bar} or {@code line}
     * @param axis 0 for the left value axis, 1 for the right
     */
    public record Series(String name, String type, int axis, List<?> data) {}
}
