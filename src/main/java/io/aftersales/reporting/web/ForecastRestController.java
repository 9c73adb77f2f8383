package io.aftersales.reporting.web;

import io.aftersales.reporting.Forecast;
import io.aftersales.reporting.Forecasts;
import io.aftersales.reporting.KpiMetric;
import io.aftersales.shared.StoreId;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ForecastRestController {

    private final Forecasts forecasts;

    ForecastRestController(Forecasts forecasts) {
        this.forecasts = forecasts;
    }

    @Operation(
            summary = "Forecast of a figure for the next months (科学预测), with its backtested MAPE",
            description = "metric one that adds up month by month (RECEIVED, DELIVERED, OUTPUT_VALUE, ...; default"
                    + " RECEIVED), months 1 to 12 (default 3), storeId (every store the user sees when left out)."
                    + " Learns from up to 36 complete months: Holt-Winters with a 12-month season from 24 months on,"
                    + " Holt's trend before. mapePercent: the mean absolute percentage error of forecasting each of"
                    + " the last 6 complete months one month ahead from the months before it.")
    @GetMapping("/api/v1/reports/forecast")
    Forecast forecast(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable KpiMetric metric,
            @RequestParam(required = false) @Nullable Integer months) {
        return forecasts.forecast(storeId, metric == null ? KpiMetric.RECEIVED : metric, months == null ? 3 : months);
    }
}
