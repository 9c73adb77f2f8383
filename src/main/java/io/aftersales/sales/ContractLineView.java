package io.aftersales.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A contract line as the fulfilment list (合同履行一览表) shows it: contracted, in stock (all warehouses, held for no
 * contract), held for this line, shipped, invoiced, collected and what is still to do of each.
 */
public record ContractLineView(
        ContractLineId id,
        int lineNo,
        ProductId productId,
        String model,
        String name,
        String unit,
        int quantity,
        BigDecimal unitPrice,
        BigDecimal amount,
        @Nullable LocalDate dueOn,
        int inStock,
        int reserved,
        int shipped,
        BigDecimal shippedAmount,
        BigDecimal invoiced,
        BigDecimal collected) {

    public int toShip() {
        return quantity - shipped;
    }

    public BigDecimal uninvoiced() {
        return amount.subtract(invoiced);
    }

    /** Invoiced and not yet paid. */
    public BigDecimal outstanding() {
        return invoiced.subtract(collected);
    }

    public boolean done() {
        return shipped == quantity && invoiced.compareTo(amount) == 0 && collected.compareTo(invoiced) == 0;
    }
}
