package io.aftersales.reporting;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one group (or of all of them: the total). Amounts are net of tax; goodwill earns nothing and is
 * shown apart, so that output value = customer + warranty + internal pay = labour + parts + other.
 *
 * @param key what identifies the group in a drill-down: a store's or a user's ID, a service type, a month
 *     ({@code 2026-11}) or a day ({@code 2026-11-30}); empty for jobs without a lead technician; null on the total
 * @param label the group as shown: a name, a service type in the reader's language, the month or day
 * @param received work orders received (接车台次)
 * @param delivered work orders delivered (交车台次): the amounts and hours are theirs
 * @param outputValue 产值: the net amount of the delivered jobs' lines, goodwill excluded
 * @param averageRepairOrder output value per delivered job (单车产值), null with none delivered
 * @param genuineParts the part of {@code parts} on genuine (原厂) parts
 * @param genuinePartsPercent genuine parts' share of the parts amount, null with no parts sold
 * @param soldHours labour hours sold on the delivered jobs (工时)
 * @param clockedHours hours the crews clocked on them
 * @param efficiencyPercent sold against clocked hours (technician efficiency), null with nothing clocked
 * @param comebacks work orders received as comebacks of a job of this group
 * @param comebackRatePercent comebacks per delivered job, null with none delivered
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
        @Nullable BigDecimal comebackRatePercent) {}
