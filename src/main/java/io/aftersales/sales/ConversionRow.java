package io.aftersales.sales;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Quotes of one rep, customer or product decided in a period: won, lost and expired, their amounts, and the
 * conversion rate (成单率) won / (won + lost) in percent (null when none was won or lost).
 */
public record ConversionRow(
        UUID key,
        String name,
        long won,
        long lost,
        long expired,
        BigDecimal wonAmount,
        BigDecimal lostAmount,
        @Nullable BigDecimal rate) {}
