package io.aftersales.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Conversion of the quotes decided in [from, to], per rep, customer or product, with the reasons of the lost ones
 * (most first) and the rate over all.
 */
public record Conversion(
        LocalDate from,
        LocalDate to,
        String by,
        List<ConversionRow> rows,
        List<LossTally> losses,
        long won,
        long lost,
        @Nullable BigDecimal rate) {

    public record LossTally(LossReason reason, long count, BigDecimal amount) {}
}
