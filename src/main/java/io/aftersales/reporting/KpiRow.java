package io.aftersales.reporting;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one group (or of all of them: the total). Amounts are net of tax; goodwill earns nothing and is
 * shown apart, so that output value = customer + warranty + internal + insurance pay = labour + parts + other.
 *
 * @param key what identifies the group in a drill-down: a store's or a user's ID, a service type, a month
 *     ({@code 2026-11}) or a day ({@code 2026-11-30}); empty for jobs without a lead technician; null on the total
 * @param label the group as shown: a name, a service type in the reader's language, the month or day
 * @param received work orders received (接车台次)
 * @param delivered work orders delivered (交车台次): the amounts and hours are theirs
 * @param insurancePay what insurers pay of insurance jobs (事故车), the customers' excess included
 * @param outputValue 产值: the net amount of the delivered jobs' lines, goodwill excluded
 * @param averageRepairOrder output value per delivered job (单车产值), null with none delivered
 * @param genuineParts the part of {@code parts} on genuine (原厂) parts
 * @param genuinePartsPercent genuine parts' share of the parts amount, null with no parts sold
 * @param soldHours labour hours sold on the delivered jobs (工时)
 * @param clockedHours hours the crews clocked on them
 * @param efficiencyPercent sold against clocked hours (technician efficiency), null with nothing clocked
 * @param comebacks work orders received as comebacks of a job of this group
 * @param comebackRatePercent comebacks per delivered job, null with none delivered
 * @param firstTimeFixed delivered jobs that have not come back (so far)
 * @param firstTimeFixPercent their share of the delivered jobs (一次修复率), null with none delivered
 * @param followedUp delivered jobs whose after-service follow-up reached the customer
 * @param followUpPercent their share of the delivered jobs (回访率), null with none delivered
 * @param scored delivered jobs with an overall score (1 to 5) from the follow-up or survey
 * @param satisfied scores of 4 or 5 among them
 * @param csatPercent their share of the scores (满意度), null with none scored
 * @param npsAnswers delivered jobs whose customer said how likely they recommend us (0 to 10)
 * @param promoters answers of 9 or 10
 * @param detractors answers of 0 to 6
 * @param nps per cent promoters (9–10) minus per cent detractors (0–6), null with no answers
 * @param complaints complaints opened about the delivered jobs
 * @param complaintsPer100 complaints per 100 delivered jobs, null with none delivered
 */
public record KpiRow(
        @Nullable String key,
        String label,
        long received,
        long delivered,
        BigDecimal outputValue,
        BigDecimal customerPay,
        BigDecimal warrantyPay,
        BigDecimal internalPay,
        BigDecimal insurancePay,
        BigDecimal goodwill,
        BigDecimal labour,
        BigDecimal parts,
        BigDecimal genuineParts,
        BigDecimal other,
        @Nullable BigDecimal averageRepairOrder,
        @Nullable BigDecimal genuinePartsPercent,
        BigDecimal soldHours,
        BigDecimal clockedHours,
        @Nullable BigDecimal efficiencyPercent,
        long comebacks,
        @Nullable BigDecimal comebackRatePercent,
        long firstTimeFixed,
        @Nullable BigDecimal firstTimeFixPercent,
        long followedUp,
        @Nullable BigDecimal followUpPercent,
        long scored,
        long satisfied,
        @Nullable BigDecimal csatPercent,
        long npsAnswers,
        long promoters,
        long detractors,
        @Nullable BigDecimal nps,
        long complaints,
        @Nullable BigDecimal complaintsPer100) {}
