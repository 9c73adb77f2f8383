package io.aftersales.workorder;

import java.math.BigDecimal;

/**
 * What a job earned and took, as management counts it (产值 / 工时): the net amounts of the lines not declined, split
 * by what they charge for, and the hours sold against the hours clocked. Goodwill lines earn nothing and are left
 * out of the amounts, so that labour + parts + other equals the customer, warranty and internal totals.
 *
 * @param genuineParts the part of {@code parts} on genuine (原厂) parts
 * @param other sublet work and fees
 * @param soldHours the hours of the labour lines not declined (every pay type)
 * @param clockedHours the hours the crew clocked on the job
 */
public record JobFigures(
        BigDecimal labour,
        BigDecimal parts,
        BigDecimal genuineParts,
        BigDecimal other,
        BigDecimal soldHours,
        BigDecimal clockedHours) {}
