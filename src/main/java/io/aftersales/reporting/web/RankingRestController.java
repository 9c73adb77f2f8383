package io.aftersales.reporting.web;

import io.aftersales.reporting.Ranking;
import io.aftersales.reporting.RankingRole;
import io.aftersales.reporting.RankingRule;
import io.aftersales.reporting.StarRankings;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.web.XlsxDownload;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RankingRestController {

    private final StarRankings rankings;
    private final ReportDefaults defaults;
    private final KpiSheets sheets;

    RankingRestController(StarRankings rankings, ReportDefaults defaults, KpiSheets sheets) {
        this.rankings = rankings;
        this.defaults = defaults;
        this.sheets = sheets;
    }

    @Operation(
            summary = "A month's star ranking (星级技师 / 明星顾问)",
            description =
                    "role TECHNICIAN (by the jobs they led) or ADVISOR (by the jobs they took in), when left out ADVISOR for"
                            + " advisors and TECHNICIAN for everyone else; month yyyy-MM"
                            + " (last month when left out; a month running is ranked so far); storeId (every store the user sees when left out). Each"
                            + " person with their figures, the points of each part of the rule, the score and 1 to 5 stars;"
                            + " the rule comes with it. Advisors and technicians get their own row only, with its rank.")
    @GetMapping("/api/v1/reports/rankings")
    Ranking ranking(
            @RequestParam(required = false) @Nullable RankingRole role,
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId) {
        return rankings.ranking(role, defaults.lastMonth(month), storeId);
    }

    @Operation(summary = "The ranking as a sheet, headers in the reader's language (Accept-Language)")
    @GetMapping(path = "/api/v1/reports/rankings/export", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable RankingRole role,
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId) {
        Ranking ranking = rankings.ranking(role, defaults.lastMonth(month), storeId);
        return XlsxDownload.of("rankings.xlsx", out -> sheets.write(ranking, out));
    }

    @Operation(summary = "The rule a role's ranking is scored by")
    @GetMapping("/api/v1/reports/rankings/rule")
    RankingRule rule(@RequestParam RankingRole role) {
        return rankings.rule(role);
    }

    @Operation(
            summary = "Sets the rule a role's ranking is scored by (HQ, admins)",
            description = "Weights in per cent, each 0 to 100 and adding up to 100; minJobs the delivered jobs a"
                    + " person needs in the month to be ranked.")
    @PutMapping("/api/v1/reports/rankings/rule")
    RankingRule setRule(@RequestParam RankingRole role, @Valid @RequestBody RankingRule rule) {
        return rankings.setRule(role, rule);
    }
}
