package io.aftersales.feedback;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who belongs to a segment (细分市场): active customers meeting every criterion given; one left out (null or empty)
 * does not narrow, so the empty rule is every customer.
 *
 * @param tiers membership tier codes, any of them
 * @param tags customer tags, any of them
 * @param regionCode an administrative region of one of the customer's addresses (a code or its prefix: 31 Shanghai,
 *     3101 its districts, 310115 Pudong)
 * @param lastVisitMinDays no delivered job in the last so many days (customers who never came included)
 * @param lastVisitMaxDays a delivered job within the last so many days
 * @param minSpend customer-paid spend over the last 12 months at least this
 * @param brand a vehicle or equipment of this brand (part of the name, any case)
 * @param model of this model (part of the name)
 * @param minVehicleAge at least so many whole years since purchase
 * @param maxVehicleAge at most so many whole years since purchase
 * @param minMileage mileage at least this (km)
 * @param maxMileage mileage at most this (km)
 * @param serviceDueDays maintenance due (a pending reminder) within so many days, or overdue
 */
public record SegmentRule(
        @Nullable @Size(max = 20) List<@Size(max = 40) String> tiers,
        @Nullable @Size(max = 50) List<@Size(max = 40) String> tags,
        @Nullable @Size(max = 12) String regionCode,
        @Nullable @PositiveOrZero @Max(36500) Integer lastVisitMinDays,
        @Nullable @PositiveOrZero @Max(36500) Integer lastVisitMaxDays,
        @Nullable @DecimalMin("0") BigDecimal minSpend,
        @Nullable @Size(max = 50) String brand,
        @Nullable @Size(max = 50) String model,
        @Nullable @PositiveOrZero @Max(100) Integer minVehicleAge,
        @Nullable @PositiveOrZero @Max(100) Integer maxVehicleAge,
        @Nullable @PositiveOrZero Integer minMileage,
        @Nullable @PositiveOrZero Integer maxMileage,
        @Nullable @PositiveOrZero @Max(3650) Integer serviceDueDays) {

    public List<String> tierList() {
        return clean(tiers);
    }

    public List<String> tagList() {
        return clean(tags);
    }

    private static List<String> clean(@Nullable List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::trim)
                        .distinct()
                        .toList();
    }
}
