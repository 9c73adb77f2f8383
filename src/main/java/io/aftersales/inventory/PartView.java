package io.aftersales.inventory;

import io.aftersales.shared.PartId;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record PartView(
        PartId id,
        String number,
        String name,
        @Nullable String brand,
        boolean genuine,
        @Nullable String supplier,
        String unit,
        BigDecimal cost,
        BigDecimal listPrice,
        @Nullable String barcode,
        @Nullable String fitsModels,
        @Nullable PartId supersededBy,
        Instant createdAt,
        long version) {}
