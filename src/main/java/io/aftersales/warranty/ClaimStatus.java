package io.aftersales.warranty;

/** Where a claim stands with the maker: submitted, approved (with an amount) or rejected, and paid. */
public enum ClaimStatus {
    SUBMITTED,
    APPROVED,
    REJECTED,
    PAID
}
