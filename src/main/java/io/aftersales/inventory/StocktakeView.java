package io.aftersales.inventory;

import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A count sheet: {@code OPEN} while counting, {@code SUBMITTED} for approval, then {@code APPROVED} (variances
 * posted) or {@code REJECTED}.
 */
public record StocktakeView(
        StocktakeId id,
        StoreId storeId,
        @Nullable String location,
        String status,
        List<Line> lines,
        @Nullable UserId countedBy,
        @Nullable UserId approvedBy,
        Instant createdAt,
        long version) {

    @Schema(name = "StocktakeLine")
    public record Line(
            PartId partId,
            String partNumber,
            String partName,
            @Nullable String bin,
            BigDecimal expected,
            @Nullable BigDecimal counted) {

        public @Nullable BigDecimal variance() {
            return counted == null ? null : counted.subtract(expected);
        }
    }
}
