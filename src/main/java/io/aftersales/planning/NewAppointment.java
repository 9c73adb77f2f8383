package io.aftersales.planning;

import io.aftersales.asset.AssetId;
import io.aftersales.shared.StoreId;
import io.aftersales.workorder.ServiceType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A booking: the customer is the asset's owner.
 *
 * @param note what the customer wants done, in their words
 */
public record NewAppointment(
        @NotNull StoreId storeId,
        @NotNull AssetId assetId,
        @NotNull ServiceType serviceType,
        @NotNull LocalDate day,

        @NotNull @Schema(type = "string", format = "time", example = "09:30")
        LocalTime time,

        @Nullable @Size(max = 1000) String note) {}
