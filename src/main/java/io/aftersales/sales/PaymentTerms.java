package io.aftersales.sales;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * How a contract is paid, in percent of its total that add up to 100: in advance (预付款), on delivery (发货款),
 * after acceptance (验收款) and retained as warranty (质保金); and how many days after an invoice it is due.
 */
public record PaymentTerms(
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal advancePct,

        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal deliveryPct,

        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal acceptancePct,

        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal retentionPct,

        @NotNull @PositiveOrZero @Max(720) Integer paymentDays) {

    /** All on delivery, due in 30 days. */
    public static PaymentTerms onDelivery() {
        return new PaymentTerms(BigDecimal.ZERO, new BigDecimal("100"), BigDecimal.ZERO, BigDecimal.ZERO, 30);
    }

    public boolean addsUp() {
        return advancePct.add(deliveryPct).add(acceptancePct).add(retentionPct).compareTo(new BigDecimal("100")) == 0;
    }
}
