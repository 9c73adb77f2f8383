package io.aftersales.workorder.web;

import io.aftersales.shared.Labels;
import io.aftersales.workorder.MonthComparison;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chart of 经营月报 as static/js/charts.js draws it: months along the bottom, the output value this year and in
 * the same months last year as bars, the cars delivered as a line on the right-hand axis.
 */
@Component
class MonthlyChart {

    private final Labels labels;
    private final JsonMapper json;

    MonthlyChart(Labels labels, JsonMapper json) {
        this.labels = labels;
        this.json = json;
    }

    String spec(List<MonthComparison> months) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("labels", months.stream().map(m -> m.month().toString()).toList());
        spec.put("axes", List.of(labels.text("monthly.output"), labels.text("monthly.delivered")));
        spec.put(
                "series",
                List.of(
                        series(
                                "monthly.output",
                                "bar",
                                0,
                                months.stream()
                                        .map(MonthComparison::outputValue)
                                        .toList()),
                        series(
                                "monthly.outputLastYear",
                                "bar",
                                0,
                                months.stream()
                                        .map(MonthComparison::outputValueLastYear)
                                        .toList()),
                        series(
                                "monthly.delivered",
                                "line",
                                1,
                                months.stream().map(MonthComparison::delivered).toList())));
        return json.writeValueAsString(spec);
    }

    private Map<String, Object> series(String nameKey, String type, int axis, List<?> data) {
        return Map.of("name", labels.text(nameKey), "type", type, "axis", axis, "data", data);
    }
}
