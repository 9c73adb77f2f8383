package io.aftersales.reporting.web;

import io.aftersales.reporting.RankedPerson;
import io.aftersales.reporting.Ranking;
import io.aftersales.reporting.RankingRole;
import io.aftersales.reporting.StarRankings;
import io.aftersales.shared.Labels;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.web.ChartSpec;
import io.aftersales.shared.web.XlsxDownload;
import jakarta.validation.Valid;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * 星级技师 / 明星顾问: a month's ranking as a chart of scores and a table with the stars, the rule it was scored by
 * written out beside it, and for HQ and admins the rule's weights to change.
 */
@Controller
class RankingWebController {

    private final StarRankings rankings;
    private final ReportDefaults defaults;
    private final KpiSheets sheets;
    private final Labels labels;
    private final JsonMapper json;

    RankingWebController(
            StarRankings rankings, ReportDefaults defaults, KpiSheets sheets, Labels labels, JsonMapper json) {
        this.rankings = rankings;
        this.defaults = defaults;
        this.sheets = sheets;
        this.labels = labels;
        this.json = json;
    }

    @GetMapping("/reports/rankings")
    String ranking(
            @RequestParam(required = false) @Nullable RankingRole role,
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId,
            Model model) {
        Ranking ranking = rankings.ranking(role, defaults.lastMonth(month), storeId);
        model.addAttribute("form", RuleForm.of(ranking.rule()));
        return page(ranking, model);
    }

    @GetMapping("/reports/rankings/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable RankingRole role,
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId) {
        Ranking ranking = rankings.ranking(role, defaults.lastMonth(month), storeId);
        return XlsxDownload.of("rankings.xlsx", out -> sheets.write(ranking, out));
    }

    @PostMapping("/reports/rankings/rule")
    String setRule(
            @RequestParam RankingRole role,
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable StoreId storeId,
            @Valid @ModelAttribute("form") RuleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                rankings.setRule(role, form.rule());
                redirect.addFlashAttribute("saved", "reports.ruleSaved");
                return "redirect:/reports/rankings?role=" + role + (month == null ? "" : "&month=" + month)
                        + (storeId == null ? "" : "&storeId=" + storeId);
            } catch (InvalidInputException e) {
                binding.reject(e.messageKey());
            }
        }
        model.addAttribute("ruleOpen", true);
        return page(rankings.ranking(role, defaults.lastMonth(month), storeId), model);
    }

    private String page(Ranking ranking, Model model) {
        SignedInUser me = CurrentUser.require();
        model.addAttribute("ranking", ranking);
        model.addAttribute("roles", RankingRole.values());
        model.addAttribute("stores", defaults.visibleStores());
        model.addAttribute("canSetRule", me.hasRole(Role.ADMIN) || me.hasRole(Role.HQ));
        List<RankedPerson> ranked =
                ranking.people().stream().filter(p -> p.rank() != null).toList();
        model.addAttribute(
                "chart",
                ranked.size() < 2
                        ? null
                        : json.writeValueAsString(new ChartSpec(
                                ranked.stream().map(RankedPerson::name).toList(),
                                List.of(labels.text("reports.score")),
                                List.of(new ChartSpec.Series(
                                        labels.text("reports.score"),
                                        "bar",
                                        0,
                                        ranked.stream().map(RankedPerson::score).toList())))));
        return "reporting/rankings";
    }
}
