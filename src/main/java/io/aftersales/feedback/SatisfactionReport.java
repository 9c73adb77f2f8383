package io.aftersales.feedback;

import io.aftersales.feedback.domain.ComplaintRepository;
import io.aftersales.feedback.domain.FollowUpRepository;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction per store, advisor or technician (满意度): CSAT, NPS, response rate, complaints per 100 jobs and how
 * long it takes to close the loop on a complaint. Computed from this module's own follow-ups and complaints, in the
 * stores the user sees.
 */
@Service
public class SatisfactionReport {

    /** What the rows are per. */
    public enum Per {
        STORE,
        ADVISOR,
        TECHNICIAN
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FollowUpRepository followUps;
    private final ComplaintRepository complaints;
    private final OrganizationManagement organization;

    private final Clock clock;

    SatisfactionReport(
            FollowUpRepository followUps,
            ComplaintRepository complaints,
            OrganizationManagement organization,
            Clock clock) {
        this.clock = clock;
        this.followUps = followUps;
        this.complaints = complaints;
        this.organization = organization;
    }

    private static final class Tally {
        long jobs;
        long answered;
        long unreachable;
        long scored;
        long scoreSum;
        long satisfied;
        long npsAnswers;
        long promoters;
        long detractors;
        long complaints;
        long closed;
        long closureSeconds;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    /** Rows per store, advisor or technician; the period defaults to the last 90 days. */
    public List<SatisfactionRow> summary(
            Per per, @Nullable Instant since, @Nullable Instant until, @Nullable StoreId storeId) {
        Instant to = until != null ? until : clock.instant().plus(Duration.ofDays(1));
        Instant from = since != null ? since : to.minus(Duration.ofDays(91));
        Map<@Nullable UUID, Tally> tallies = new LinkedHashMap<>();
        for (Object[] row : followUps.outcomes(from, to, Identifier.valueOf(storeId))) {
            Tally tally = tallies.computeIfAbsent(key(per, row), k -> new Tally());
            tally.jobs++;
            FollowUpStatus status = (FollowUpStatus) row[3];
            Integer score = (Integer) row[4];
            Integer nps = (Integer) row[5];
            if (status == FollowUpStatus.DONE) {
                tally.answered++;
            } else if (status == FollowUpStatus.UNREACHABLE) {
                tally.unreachable++;
            }
            if (score != null) {
                tally.scored++;
                tally.scoreSum += score;
                tally.satisfied += score >= 4 ? 1 : 0;
            }
            if (nps != null) {
                tally.npsAnswers++;
                tally.promoters += nps >= 9 ? 1 : 0;
                tally.detractors += nps <= 6 ? 1 : 0;
            }
        }
        for (Object[] row : complaints.openedOrClosed(from, to, Identifier.valueOf(storeId))) {
            Tally tally = tallies.computeIfAbsent(key(per, row), k -> new Tally());
            Instant opened = (Instant) row[3];
            Instant closed = (Instant) row[4];
            if (!opened.isBefore(from) && opened.isBefore(to)) {
                tally.complaints++;
            }
            if (closed != null && !closed.isBefore(from) && closed.isBefore(to)) {
                tally.closed++;
                tally.closureSeconds += Duration.between(opened, closed).toSeconds();
            }
        }
        Function<@Nullable UUID, String> names = names(per, tallies.keySet());
        List<SatisfactionRow> rows = new ArrayList<>();
        tallies.forEach((id, t) -> rows.add(new SatisfactionRow(
                id == null ? null : per == Per.STORE ? new StoreId(id) : new UserId(id),
                names.apply(id),
                t.jobs,
                t.answered,
                t.unreachable,
                ratio(t.scoreSum, t.scored, BigDecimal.ONE, 2),
                ratio(t.satisfied, t.scored, HUNDRED, 1),
                t.npsAnswers == 0 ? null : ratio(t.promoters - t.detractors, t.npsAnswers, HUNDRED, 1),
                ratio(t.answered, t.answered + t.unreachable, HUNDRED, 1),
                t.complaints,
                ratio(t.complaints, t.jobs, HUNDRED, 1),
                ratio(t.closureSeconds, t.closed * 3600, BigDecimal.ONE, 1))));
        rows.sort(Comparator.comparing(SatisfactionRow::jobs).reversed().thenComparing(SatisfactionRow::name));
        return rows;
    }

    private static @Nullable UUID key(Per per, Object[] row) {
        return (UUID) row[per.ordinal()];
    }

    private Function<@Nullable UUID, String> names(Per per, Set<@Nullable UUID> ids) {
        List<UUID> known = ids.stream().filter(Objects::nonNull).toList();
        Map<UUID, String> byId = new HashMap<>();
        if (per == Per.STORE) {
            organization
                    .storesById(known.stream().map(StoreId::new).toList())
                    .forEach(s -> byId.put(s.id().value(), s.name()));
        } else {
            organization
                    .staff(known.stream().map(UserId::new).toList())
                    .forEach(s -> byId.put(s.id().value(), s.displayName()));
        }
        return id -> id == null ? "—" : byId.getOrDefault(id, id.toString().substring(0, 8));
    }

    private static @Nullable BigDecimal ratio(long part, long whole, BigDecimal scale, int decimals) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part)
                .multiply(scale)
                .divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP);
    }
}
