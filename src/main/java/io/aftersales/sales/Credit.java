package io.aftersales.sales;

import io.aftersales.customer.CustomerId;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A customer's credit (信用额度): the most they may owe (null: no limit), what they owe now, and what is left to ship
 * against before shipments are refused.
 */
public record Credit(
        CustomerId customerId,
        @Nullable BigDecimal limit,
        BigDecimal owed,
        @Nullable BigDecimal available) {}
