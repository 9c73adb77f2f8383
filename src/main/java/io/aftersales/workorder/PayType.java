package io.aftersales.workorder;

/** Who pays a line: the customer, the maker (warranty claim), the store itself, or nobody (goodwill). */
public enum PayType {
    CUSTOMER,
    WARRANTY,
    INTERNAL,
    GOODWILL
}
