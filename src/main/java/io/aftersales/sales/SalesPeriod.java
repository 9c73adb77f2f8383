package io.aftersales.sales;

import java.math.BigDecimal;

/**
 * Contract statistics of a month ({@code 2026-03}) or quarter ({@code 2026-Q1}): contracts signed, goods shipped at
 * contract prices, invoices issued, payments received, and the approved expense claims that name a contract.
 */
public record SalesPeriod(
        String period,
        BigDecimal signed,
        BigDecimal shipped,
        BigDecimal invoiced,
        BigDecimal collected,
        BigDecimal expenses) {}
