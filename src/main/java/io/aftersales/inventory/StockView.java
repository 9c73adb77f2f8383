package io.aftersales.inventory;

import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A part's stock in one store; {@code low} when what is available has fallen to the reorder point. */
public record StockView(
        StoreId storeId,
        PartId partId,
        String partNumber,
        String partName,
        boolean genuine,
        BigDecimal onHand,
        BigDecimal reserved,
        BigDecimal available,
        BigDecimal averageCost,
        BigDecimal stockValue,
        @Nullable String bin,
        @Nullable BigDecimal reorderPoint,
        @Nullable BigDecimal reorderQuantity,
        boolean low) {}
