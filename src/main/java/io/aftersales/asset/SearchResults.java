package io.aftersales.asset;

import io.aftersales.customer.CustomerId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the search box found: customers (with their assets) and assets (with their owner). {@code lastVisit} is
 * filled once work orders exist.
 */
public record SearchResults(String query, List<CustomerHit> customers, List<AssetHit> assets) {

    public record CustomerHit(
            CustomerId id,
            String name,
            String type,
            @Nullable String phone,
            List<AssetSummary> assets) {}

    public record AssetHit(
            AssetId id,
            String kind,
            String label,
            @Nullable String vin,
            @Nullable String plate,
            @Nullable String brand,
            @Nullable String model,
            CustomerId customerId,
            String customerName) {}

    public record AssetSummary(
            AssetId id,
            String label,
            @Nullable String brand,
            @Nullable String model) {}

    public boolean isEmpty() {
        return customers.isEmpty() && assets.isEmpty();
    }
}
