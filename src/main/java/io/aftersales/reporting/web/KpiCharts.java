package io.aftersales.reporting.web;

import io.aftersales.reporting.KpiReport;
import io.aftersales.reporting.KpiRow;
import io.aftersales.shared.Labels;
import io.aftersales.shared.web.ChartSpec;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The chart of a KPI report wherever it is shown: output value as bars, cars delivered as a line on its own axis. */
@Component
class KpiCharts {

    private final Labels labels;
    private final JsonMapper json;

    KpiCharts(Labels labels, JsonMapper json) {
        this.labels = labels;
        this.json = json;
    }

    String outputAndDelivered(KpiReport report) {
        List<KpiRow> rows = report.rows();
        return json.writeValueAsString(new ChartSpec(
                rows.stream().map(KpiRow::label).toList(),
                List.of(labels.text("reports.outputValue"), labels.text("reports.delivered")),
                List.of(
                        new ChartSpec.Series(
                                labels.text("reports.outputValue"),
                                "bar",
                                0,
                                rows.stream().map(KpiRow::outputValue).toList()),
                        new ChartSpec.Series(
                                labels.text("reports.delivered"),
                                "line",
                                1,
                                rows.stream().map(KpiRow::delivered).toList()))));
    }
}
