package io.aftersales.reporting;

import io.aftersales.reporting.domain.RuleStore;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedInUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 星级技师 / 明星顾问: each month's ranking of the lead technicians or advisors of the stores a user sees, scored by
 * the organisation's rule (see {@link RankingRule}), which HQ and admins set. Managers and finance read the whole
 * ranking; an advisor or technician reads their own place in it.
 */
@Service
public class StarRankings {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal COMEBACK_COST = BigDecimal.TEN;

    private final Reports reports;
    private final RuleStore rules;
    private final AuditTrail audit;
    private final Clock clock;

    StarRankings(Reports reports, RuleStore rules, AuditTrail audit, Clock clock) {
        this.reports = reports;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Reports.READERS)
    @Transactional(readOnly = true)
    public RankingRule rule(RankingRole role) {
        return rules.of(CurrentUser.require().organizationId().value(), role).orElse(RankingRule.usual(role));
    }

    @PreAuthorize("hasAnyRole('ADMIN','HQ')")
    @Transactional
    public RankingRule setRule(RankingRole role, RankingRule rule) {
        if (!rule.addsUp()) {
            throw new InvalidInputException("outputWeight", "reports.weightsAddUp");
        }
        SignedInUser user = CurrentUser.require();
        rules.set(user.organizationId().value(), role, rule, user.userId().value(), clock.instant());
        audit.record("SET_RANKING_RULE", "RankingRule", role.name(), rule.toString());
        return rule;
    }

    @PreAuthorize(Reports.READERS)
    @Transactional(readOnly = true)
    public Ranking ranking(@Nullable RankingRole asked, YearMonth month, @Nullable StoreId storeId) {
        RankingRole role = asked != null ? asked : usualRole();
        RankingRule rule = rule(role);
        LocalDate today = reports.today();
        LocalDate to = month.equals(YearMonth.from(today)) ? today : month.atEndOfMonth();
        if (month.isAfter(YearMonth.from(today))) {
            throw new InvalidInputException("month", "reports.monthAhead");
        }
        KpiReport figures =
                reports.everyonesKpis(new KpiQuery(month.atDay(1), to, storeId, role.grouping(), null, null));
        List<KpiRow> people = figures.rows().stream()
                .filter(row -> row.key() != null && !row.key().isEmpty())
                .toList();
        List<KpiRow> ranked =
                people.stream().filter(row -> row.delivered() >= rule.minJobs()).toList();
        // Points are against the best of those ranked (of everyone listed while nobody has enough jobs yet).
        List<KpiRow> measured = ranked.isEmpty() ? people : ranked;
        BigDecimal bestOutput = measured.stream()
                .map(KpiRow::outputValue)
                .max(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        BigDecimal bestEfficiency = measured.stream()
                .map(KpiRow::efficiencyPercent)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        List<RankedPerson> rows = new ArrayList<>();
        for (KpiRow row : people) {
            rows.add(scored(row, rule, bestOutput, bestEfficiency, row.delivered() >= rule.minJobs()));
        }
        rows.sort(Comparator.comparing((RankedPerson p) -> p.rank() == null)
                .thenComparing(RankedPerson::score, Comparator.reverseOrder())
                .thenComparing(RankedPerson::outputValue, Comparator.reverseOrder())
                .thenComparing(RankedPerson::name));
        List<RankedPerson> numbered = number(rows);
        SignedInUser user = CurrentUser.require();
        if (!Reports.readsEveryone(user)) {
            UUID me = user.userId().value();
            numbered = numbered.stream()
                    .filter(p -> p.personId().value().equals(me))
                    .toList();
        }
        return new Ranking(role, month, to, storeId, rule, numbered);
    }

    /** Advisors see the advisors' ranking first; everyone else the technicians'. */
    private static RankingRole usualRole() {
        SignedInUser me = CurrentUser.require();
        return me.hasRole(Role.SERVICE_ADVISOR) && !me.isManager() ? RankingRole.ADVISOR : RankingRole.TECHNICIAN;
    }

    private static RankedPerson scored(
            KpiRow row, RankingRule rule, BigDecimal bestOutput, BigDecimal bestEfficiency, boolean ranked) {
        BigDecimal output = share(row.outputValue(), bestOutput);
        BigDecimal efficiency = row.efficiencyPercent() == null ? null : share(row.efficiencyPercent(), bestEfficiency);
        BigDecimal comebacks = HUNDRED.subtract(
                        COMEBACK_COST.multiply(Objects.requireNonNullElse(row.comebackRatePercent(), BigDecimal.ZERO)))
                .max(BigDecimal.ZERO)
                .setScale(1, RoundingMode.HALF_UP);
        BigDecimal csat = row.csatPercent();
        BigDecimal weighed = BigDecimal.ZERO;
        int weights = 0;
        for (Part part : List.of(
                new Part(rule.outputWeight(), output),
                new Part(rule.efficiencyWeight(), efficiency),
                new Part(rule.comebackWeight(), comebacks),
                new Part(rule.csatWeight(), csat))) {
            if (part.points() != null && part.weight() > 0) {
                weighed = weighed.add(part.points().multiply(BigDecimal.valueOf(part.weight())));
                weights += part.weight();
            }
        }
        BigDecimal score =
                weights == 0 ? BigDecimal.ZERO : weighed.divide(BigDecimal.valueOf(weights), 1, RoundingMode.HALF_UP);
        return new RankedPerson(
                ranked ? 0 : null,
                new UserId(UUID.fromString(Objects.requireNonNull(row.key()))),
                row.label(),
                row.delivered(),
                row.outputValue(),
                row.efficiencyPercent(),
                row.comebackRatePercent(),
                csat,
                output,
                efficiency,
                comebacks,
                csat,
                score,
                ranked ? stars(score) : 0);
    }

    private record Part(int weight, @Nullable BigDecimal points) {}

    /** Ranks 1, 2, ... in order, equal scores sharing one (1, 1, 3). */
    private static List<RankedPerson> number(List<RankedPerson> sorted) {
        List<RankedPerson> numbered = new ArrayList<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            RankedPerson p = sorted.get(i);
            if (p.rank() == null) {
                numbered.add(p);
                continue;
            }
            if (previous == null || p.score().compareTo(previous) != 0) {
                rank = i + 1;
                previous = p.score();
            }
            numbered.add(p.withRank(rank));
        }
        return numbered;
    }

    /** A value as points against the best (the best gets 100, nothing 0; one not ranked gets no more than 100). */
    private static BigDecimal share(BigDecimal value, BigDecimal best) {
        return best.signum() <= 0
                ? BigDecimal.ZERO
                : value.max(BigDecimal.ZERO)
                        .multiply(HUNDRED)
                        .divide(best, 1, RoundingMode.HALF_UP)
                        .min(HUNDRED.setScale(1));
    }

    static int stars(BigDecimal score) {
        int points = score.intValue();
        return points >= 90 ? 5 : points >= 80 ? 4 : points >= 70 ? 3 : points >= 60 ? 2 : 1;
    }
}
