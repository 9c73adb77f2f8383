package io.aftersales.feedback.domain;

import io.aftersales.feedback.SegmentRule;
import io.aftersales.shared.domain.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A customer segment (细分市场) of the organisation: a name and the rule of who belongs to it. */
@Entity
@Table(name = "segment")
public class Segment {

    private static final String SEPARATOR = "\n";

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private String name;
    private @Nullable String tiers;
    private @Nullable String tags;
    private @Nullable String regionCode;
    private @Nullable Integer lastVisitMinDays;
    private @Nullable Integer lastVisitMaxDays;
    private @Nullable BigDecimal minSpend;
    private @Nullable String brand;
    private @Nullable String model;
    private @Nullable Integer minVehicleAge;
    private @Nullable Integer maxVehicleAge;
    private @Nullable Integer minMileage;
    private @Nullable Integer maxMileage;
    private @Nullable Integer serviceDueDays;
    private Instant createdAt;

    @Version
    private @Nullable Long version;

    protected Segment() {
        this.id = Ids.newId();
        this.organizationId = Ids.newId();
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    public Segment(UUID organizationId, String name, SegmentRule rule, Instant createdAt) {
        this.id = Ids.newId();
        this.organizationId = organizationId;
        this.createdAt = createdAt;
        change(name, rule);
    }

    public void change(String name, SegmentRule rule) {
        this.name = name.trim();
        this.tiers = join(rule.tierList());
        this.tags = join(rule.tagList());
        this.regionCode = blankToNull(rule.regionCode());
        this.lastVisitMinDays = rule.lastVisitMinDays();
        this.lastVisitMaxDays = rule.lastVisitMaxDays();
        this.minSpend = rule.minSpend();
        this.brand = blankToNull(rule.brand());
        this.model = blankToNull(rule.model());
        this.minVehicleAge = rule.minVehicleAge();
        this.maxVehicleAge = rule.maxVehicleAge();
        this.minMileage = rule.minMileage();
        this.maxMileage = rule.maxMileage();
        this.serviceDueDays = rule.serviceDueDays();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public SegmentRule rule() {
        return new SegmentRule(
                split(tiers),
                split(tags),
                regionCode,
                lastVisitMinDays,
                lastVisitMaxDays,
                minSpend,
                brand,
                model,
                minVehicleAge,
                maxVehicleAge,
                minMileage,
                maxMileage,
                serviceDueDays);
    }

    private static @Nullable String join(List<String> values) {
        return values.isEmpty() ? null : String.join(SEPARATOR, values);
    }

    private static List<String> split(@Nullable String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
