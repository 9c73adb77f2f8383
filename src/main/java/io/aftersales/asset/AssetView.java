package io.aftersales.asset;

import io.aftersales.customer.CustomerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

public record AssetView(
        AssetId id,
        CustomerId customerId,
        AssetKind kind,
        @Nullable String vin,
        @Nullable String plate,
        @Nullable String serialNumber,
        @Nullable String brand,
        @Nullable String model,
        @Nullable Integer modelYear,
        @Nullable String colour,
        @Nullable String energyType,
        @Nullable LocalDate purchaseDate,
        @Nullable LocalDate installedOn,
        @Nullable String site,
        @Nullable AssetId parentId,
        @Nullable LocalDate warrantyStart,
        @Nullable LocalDate warrantyEnd,
        @Nullable Integer warrantyMileage,
        @Nullable Integer mileage,
        List<MileageReadingView> mileageReadings,
        List<OwnerChangeView> ownerChanges,
        Instant createdAt,
        long version) {

    public record MileageReadingView(
            int mileage, Instant readAt, @Nullable String reason) {}

    public record OwnerChangeView(
            CustomerId fromCustomer,
            CustomerId toCustomer,
            Instant changedAt,
            @Nullable String reason) {}

    /** Plate, else serial number, else VIN: what people call this asset by. */
    public String label() {
        return labelOf(id, plate, serialNumber, vin);
    }

    public static String labelOf(
            AssetId id, @Nullable String plate, @Nullable String serialNumber, @Nullable String vin) {
        if (plate != null) {
            return plate;
        }
        if (serialNumber != null) {
            return serialNumber;
        }
        return vin != null ? vin : id.toString();
    }
}
