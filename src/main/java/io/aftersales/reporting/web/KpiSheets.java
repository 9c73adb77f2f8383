package io.aftersales.reporting.web;

import io.aftersales.reporting.CostLine;
import io.aftersales.reporting.CostSheet;
import io.aftersales.reporting.KpiChange;
import io.aftersales.reporting.KpiComparison;
import io.aftersales.reporting.KpiReport;
import io.aftersales.reporting.KpiRow;
import io.aftersales.reporting.PartDemandSheet;
import io.aftersales.reporting.PartForecast;
import io.aftersales.reporting.RankedPerson;
import io.aftersales.reporting.Ranking;
import io.aftersales.shared.Labels;
import io.aftersales.shared.Spreadsheets;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** The figures as a sheet (page and API alike), headers in the reader's language, the total last. */
@Component
class KpiSheets {

    private final Labels labels;

    KpiSheets(Labels labels) {
        this.labels = labels;
    }

    void write(KpiReport report, OutputStream out) {
        List<String> headers = new ArrayList<>();
        headers.add(labels.text("reports.groupBy." + report.query().groupBy()));
        headers.addAll(labels.texts(
                "reports.received",
                "reports.delivered",
                "reports.outputValue",
                "reports.customerPay",
                "reports.warrantyPay",
                "reports.internalPay",
                "reports.insurancePay",
                "reports.goodwill",
                "reports.labour",
                "reports.parts",
                "reports.other",
                "reports.averageRepairOrder",
                "reports.genuinePartsPercent",
                "reports.soldHours",
                "reports.clockedHours",
                "reports.efficiencyPercent",
                "reports.comebacks",
                "reports.comebackRatePercent",
                "reports.firstTimeFixPercent",
                "reports.followUpPercent",
                "reports.csatPercent",
                "reports.nps",
                "reports.complaints",
                "reports.complaintsPer100"));
        List<List<?>> rows = new ArrayList<>();
        report.rows().forEach(row -> rows.add(cells(row)));
        rows.add(cells(report.total()));
        Spreadsheets.writeXlsx(out, labels.text("reports.title"), headers, rows);
    }

    void write(KpiComparison comparison, OutputStream out) {
        List<String> headers = new ArrayList<>();
        headers.add(labels.text("reports.groupBy." + comparison.query().groupBy()));
        headers.addAll(labels.texts(
                "reports.current",
                "reports.lastYear",
                "reports.yearChange",
                "reports.previous",
                "reports.previousChange"));
        List<List<?>> rows = new ArrayList<>();
        comparison.rows().forEach(row -> rows.add(cells(row)));
        rows.add(cells(comparison.total()));
        Spreadsheets.writeXlsx(out, labels.text("reports.metric." + comparison.metric()), headers, rows);
    }

    void write(Ranking ranking, OutputStream out) {
        List<String> headers = labels.texts(
                "reports.rank",
                "reports.groupBy." + ranking.role(),
                "reports.stars",
                "reports.score",
                "reports.delivered",
                "reports.outputValue",
                "reports.efficiencyPercent",
                "reports.comebackRatePercent",
                "reports.csatPercent");
        List<List<?>> rows = new ArrayList<>();
        for (RankedPerson p : ranking.people()) {
            rows.add(Arrays.asList(
                    p.rank(),
                    p.name(),
                    p.stars(),
                    p.score(),
                    p.delivered(),
                    p.outputValue(),
                    p.efficiencyPercent(),
                    p.comebackRatePercent(),
                    p.csatPercent()));
        }
        Spreadsheets.writeXlsx(
                out, labels.text("reports.rankingTitle." + ranking.role()) + " " + ranking.month(), headers, rows);
    }

    void write(CostSheet sheet, OutputStream out) {
        List<String> headers = labels.texts(
                "reports.costFor",
                "reports.costCentre",
                "reports.budget",
                "reports.costActual",
                "reports.costVariance",
                "reports.costPercent",
                "reports.costPace",
                "reports.costForecast",
                "reports.costStatus");
        List<List<?>> rows = new ArrayList<>();
        for (CostLine line : sheet.lines()) {
            rows.add(Arrays.asList(
                    line.name(),
                    labels.text("reports.centre." + line.centre()),
                    line.budget(),
                    line.actual(),
                    line.variance(),
                    line.percent(),
                    line.pace(),
                    line.forecast(),
                    labels.text("reports.costStatus." + line.status())));
        }
        Spreadsheets.writeXlsx(out, labels.text("reports.costsTitle") + " " + sheet.month(), headers, rows);
    }

    void write(PartDemandSheet sheet, OutputStream out) {
        List<String> headers = new ArrayList<>(labels.texts("reports.partNumber", "reports.partName"));
        List<PartForecast> parts = sheet.parts();
        if (!parts.isEmpty()) {
            parts.get(0).history().forEach(point -> headers.add(point.month().toString()));
            parts.get(0).points().forEach(point -> headers.add(point.month() + " " + labels.text("reports.forecast")));
        }
        headers.addAll(labels.texts(
                "reports.mape",
                "reports.partsAvailable",
                "reports.partsOnOrder",
                "reports.partsBackOrdered",
                "reports.partsSuggested"));
        List<List<?>> rows = new ArrayList<>();
        for (PartForecast part : parts) {
            List<Object> row = new ArrayList<>(List.of(part.partNumber(), part.partName()));
            part.history().forEach(point -> row.add(point.value()));
            part.points().forEach(point -> row.add(point.value()));
            row.addAll(Arrays.asList(
                    part.mapePercent(), part.available(), part.onOrder(), part.backOrdered(), part.suggested()));
            rows.add(row);
        }
        Spreadsheets.writeXlsx(out, labels.text("reports.partsTitle"), headers, rows);
    }

    private static List<?> cells(KpiChange row) {
        return Arrays.asList(
                row.label(),
                row.current(),
                row.lastYear(),
                row.yearChangePercent(),
                row.previous(),
                row.previousChangePercent());
    }

    private static List<?> cells(KpiRow row) {
        return Arrays.asList(
                row.label(),
                row.received(),
                row.delivered(),
                row.outputValue(),
                row.customerPay(),
                row.warrantyPay(),
                row.internalPay(),
                row.insurancePay(),
                row.goodwill(),
                row.labour(),
                row.parts(),
                row.other(),
                row.averageRepairOrder(),
                row.genuinePartsPercent(),
                row.soldHours(),
                row.clockedHours(),
                row.efficiencyPercent(),
                row.comebacks(),
                row.comebackRatePercent(),
                row.firstTimeFixPercent(),
                row.followUpPercent(),
                row.csatPercent(),
                row.nps(),
                row.complaints(),
                row.complaintsPer100());
    }
}
