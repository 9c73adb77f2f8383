package io.aftersales.staff;

/**
 * What a commission is a share of: the payments received in the month, or the person's delivered jobs of the month
 * (net of tax); an advisor's jobs as advisor, a technician's as lead. Labels are message keys
 * {@code commission.basis.<NAME>}. {@code ADJUSTMENT} is no basis of
 * a rule: the line that carries a correction of a locked month into the next.
 */
public enum CommissionBasis {
    /** 回款: the payments received in the month on the person's jobs (with tax, as the cash came in). */
    COLLECTED,
    /** 产值. */
    OUTPUT_VALUE,
    /** What the customers paid (customer pay). */
    CUSTOMER_PAY,
    /** 工时费. */
    LABOUR,
    /** 配件. */
    PARTS,
    ADJUSTMENT
}
