package io.aftersales.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record PartView(
        UUID id,
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
        @Nullable UUID supersededBy,
        Instant createdAt,
        long version) {}
