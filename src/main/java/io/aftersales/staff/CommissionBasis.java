package io.aftersales.staff;

/**
 * What a commission is a share of, from the person's delivered jobs of the month (net of tax; an advisor's as advisor,
 * a technician's as lead): labels are message keys {@code commission.basis.<NAME>}. {@code ADJUSTMENT} is no basis of
 * a rule: the line that carries a correction of a locked month into the next.
 */
public enum CommissionBasis {
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
