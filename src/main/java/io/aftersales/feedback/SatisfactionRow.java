package io.aftersales.feedback;

import io.aftersales.shared.Identifier;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Satisfaction of one store, advisor or technician over a period.
 *
 * @param id the store's ID ({@code StoreId}) or the person's ({@code UserId}); none for jobs without one
 * @param jobs delivered jobs followed up (after-service follow-ups created in the period)
 * @param answered follow-ups in which the customer was reached or answered the survey
 * @param unreachable follow-ups given up after every attempt
 * @param averageScore mean overall score, 1 to 5
 * @param csat percent of scored answers at 4 or 5
 * @param nps percent promoters (9–10) minus percent detractors (0–6)
 * @param responseRate percent of finished follow-ups that reached the customer
 * @param complaints complaints opened in the period
 * @param complaintsPer100 complaints per 100 jobs
 * @param closureHours mean hours from opening to closing, of complaints closed in the period
 */
public record SatisfactionRow(
        @Nullable Identifier id,
        String name,
        long jobs,
        long answered,
        long unreachable,
        @Nullable BigDecimal averageScore,
        @Nullable BigDecimal csat,
        @Nullable BigDecimal nps,
        @Nullable BigDecimal responseRate,
        long complaints,
        @Nullable BigDecimal complaintsPer100,
        @Nullable BigDecimal closureHours) {}
