package io.aftersales.inventory;

import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

public record PurchaseOrderView(
        PurchaseOrderId id,
        StoreId storeId,
        String number,
        String supplier,
        PurchaseOrderStatus status,
        @Nullable String note,
        List<Line> lines,
        BigDecimal total,
        Instant createdAt,
        @Nullable Instant sentAt,
        long version) {

    @Schema(name = "PurchaseOrderLine")
    public record Line(PartId partId, BigDecimal quantity, BigDecimal unitCost, BigDecimal received) {

        public BigDecimal outstanding() {
            return quantity.subtract(received);
        }
    }

    /**
     * A part to order: what is short of its reorder point, and what open back-orders wait for, counting what is
     * already on order (drafted or sent and not yet received).
     */
    public record Suggestion(
            PartId partId,
            String partNumber,
            String partName,
            BigDecimal available,
            @Nullable BigDecimal reorderPoint,
            BigDecimal backOrdered,
            BigDecimal onOrder,
            BigDecimal suggested,
            BigDecimal unitCost) {}

    /**
     * Where a store stands on a part: available (on hand less reserved), on order (drafted or sent purchase orders,
     * not yet received), waited for by back-orders, and its catalogue cost.
     */
    public record Position(
            PartId partId,
            String partNumber,
            String partName,
            BigDecimal available,
            BigDecimal onOrder,
            BigDecimal backOrdered,
            @Nullable BigDecimal reorderPoint,
            @Nullable BigDecimal reorderQuantity,
            BigDecimal unitCost) {}

    /** A line of a request: a part, how many, at what cost. */
    @Schema(name = "NewPurchaseOrderLine")
    public record NewLine(PartId partId, BigDecimal quantity, BigDecimal unitCost) {}
}
