package io.aftersales.workorder;

/**
 * Who pays a line: the customer, the maker (warranty claim), the store itself, nobody (goodwill), or the insurer of
 * an insurance job (事故车), less the excess the customer pays.
 */
public enum PayType {
    CUSTOMER,
    WARRANTY,
    INTERNAL,
    GOODWILL,
    INSURANCE
}
