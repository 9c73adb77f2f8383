package io.aftersales.inventory;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A count sheet: {@code OPEN} while counting, {@code SUBMITTED} for approval, then {@code APPROVED} (variances
 * posted) or {@code REJECTED}.
 */
public record StocktakeView(
        UUID id,
        UUID storeId,
        @Nullable String location,
        String status,
        List<Line> lines,
        @Nullable UUID countedBy,
        @Nullable UUID approvedBy,
        Instant createdAt,
        long version) {

    @Schema(name = "StocktakeLine")
    public record Line(
            UUID partId,
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
