package io.aftersales.workorder.web;

import io.aftersales.shared.Labels;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.web.ChartSpec;
import io.aftersales.workorder.MonthComparison;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * 经营月报's months beside the same months a year before, as a chart (what static/js/charts.js draws: months along the
 * bottom, the output value this year and last as bars, the cars delivered as a line on the right-hand axis) and as a
 * sheet with the headers in the reader's language.
 */
@Component
class MonthlyComparisonViews {

    private final Labels labels;
    private final JsonMapper json;

    MonthlyComparisonViews(Labels labels, JsonMapper json) {
        this.labels = labels;
        this.json = json;
    }

    String chart(List<MonthComparison> months) {
        return json.writeValueAsString(new ChartSpec(
                months.stream().map(m -> m.month().toString()).toList(),
                List.of(labels.text("monthly.output"), labels.text("monthly.delivered")),
                List.of(
                        series("monthly.output", "bar", 0, months, MonthComparison::outputValue),
                        series("monthly.outputLastYear", "bar", 0, months, MonthComparison::outputValueLastYear),
                        series("monthly.delivered", "line", 1, months, MonthComparison::delivered))));
    }

    private ChartSpec.Series series(
            String nameKey, String type, int axis, List<MonthComparison> months, Function<MonthComparison, ?> value) {
        return new ChartSpec.Series(
                labels.text(nameKey), type, axis, months.stream().map(value).toList());
    }

    void sheet(List<MonthComparison> months, OutputStream out) {
        List<List<?>> rows = months.stream()
                .<List<?>>map(m -> Arrays.asList(
                        m.month().toString(),
                        m.received(),
                        m.delivered(),
                        m.cancelled(),
                        m.outputValue(),
                        m.receivedLastYear(),
                        m.deliveredLastYear(),
                        m.outputValueLastYear(),
                        m.outputChangePercent()))
                .toList();
        Spreadsheets.writeXlsx(
                out,
                labels.text("monthly.title"),
                labels.texts(
                        "monthly.month",
                        "monthly.received",
                        "monthly.delivered",
                        "monthly.cancelled",
                        "monthly.output",
                        "monthly.receivedLastYear",
                        "monthly.deliveredLastYear",
                        "monthly.outputLastYear",
                        "monthly.changePercent"),
                rows);
    }
}
