package io.aftersales.inventory;

import io.aftersales.shared.StoreId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record NewTool(
        @NotNull StoreId storeId,
        @NotBlank @Size(max = 40) String assetTag,
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 60) String category,
        @Nullable @Size(max = 60) String location,
        @Nullable LocalDate calibrationDue) {}
