package io.aftersales.reporting.web;

import io.aftersales.reporting.Forecast;
import io.aftersales.reporting.Forecasts;
import io.aftersales.reporting.KpiMetric;
import io.aftersales.shared.Labels;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.web.ChartSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** 科学预测: a figure's months so far and the next ones as a chart, the forecast with its MAPE, and the backtest. */
@Controller
class ForecastWebController {

    private final Forecasts forecasts;
    private final ReportDefaults defaults;
    private final Labels labels;
    private final JsonMapper json;

    ForecastWebController(Forecasts forecasts, ReportDefaults defaults, Labels labels, JsonMapper json) {
        this.forecasts = forecasts;
        this.defaults = defaults;
        this.labels = labels;
        this.json = json;
    }

    @GetMapping("/reports/forecast")
    String forecast(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable KpiMetric metric,
            @RequestParam(required = false) @Nullable Integer months,
            Model model) {
        Forecast forecast =
                forecasts.forecast(storeId, metric == null ? KpiMetric.RECEIVED : metric, months == null ? 3 : months);
        model.addAttribute("forecast", forecast);
        model.addAttribute("stores", defaults.visibleStores());
        model.addAttribute(
                "metrics",
                Arrays.stream(KpiMetric.values()).filter(KpiMetric::adds).toList());
        model.addAttribute("chart", forecast.history().isEmpty() ? null : chart(forecast));
        return "reporting/forecast";
    }

    /** The months so far as bars, the forecast as a line joined to the last known month. */
    private String chart(Forecast forecast) {
        List<String> months = new ArrayList<>();
        List<@Nullable BigDecimal> known = new ArrayList<>();
        List<@Nullable BigDecimal> ahead = new ArrayList<>();
        forecast.history().forEach(p -> {
            months.add(p.month().toString());
            known.add(p.value());
            ahead.add(null);
        });
        ahead.set(
                ahead.size() - 1,
                forecast.history().get(forecast.history().size() - 1).value());
        forecast.points().forEach(p -> {
            months.add(p.month().toString());
            known.add(null);
            ahead.add(p.value());
        });
        String name = labels.text("reports.metric." + forecast.metric());
        return json.writeValueAsString(new ChartSpec(
                months,
                List.of(name),
                List.of(
                        new ChartSpec.Series(labels.text("reports.actual"), "bar", 0, known),
                        new ChartSpec.Series(labels.text("reports.forecast"), "line", 0, ahead))));
    }
}
