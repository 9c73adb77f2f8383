package io.aftersales.inventory;

import io.aftersales.shared.domain.DomainException;
import java.math.BigDecimal;
import java.util.Map;

/** Fewer units are available (on hand minus reserved) than asked for; nothing was changed. */
public class InsufficientStockException extends DomainException {

    private final BigDecimal available;

    public InsufficientStockException(BigDecimal requested, BigDecimal available) {
        super("insufficient-stock", "stock.insufficient", new Object[] {
            requested.stripTrailingZeros().toPlainString(),
            available.stripTrailingZeros().toPlainString()
        });
        this.available = available;
    }

    public BigDecimal available() {
        return available;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("available", available);
    }
}
