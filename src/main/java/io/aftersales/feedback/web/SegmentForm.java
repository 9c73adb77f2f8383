package io.aftersales.feedback.web;

import io.aftersales.feedback.SegmentRule;
import io.aftersales.feedback.SegmentView;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A segment as a web form: tiers ticked, tags typed in one field separated by commas. */
public class SegmentForm {

    @NotBlank
    @Size(max = 100)
    private String name = "";

    private long version;
    private List<String> tiers = new ArrayList<>();

    @Size(max = 500)
    private String tags = "";

    @Size(max = 12)
    private String regionCode = "";

    @PositiveOrZero
    @Max(36500)
    private @Nullable Integer lastVisitMinDays = null;

    @PositiveOrZero
    @Max(36500)
    private @Nullable Integer lastVisitMaxDays = null;

    @DecimalMin("0")
    private @Nullable BigDecimal minSpend = null;

    @Size(max = 50)
    private String brand = "";

    @Size(max = 50)
    private String model = "";

    @PositiveOrZero
    @Max(100)
    private @Nullable Integer minVehicleAge = null;

    @PositiveOrZero
    @Max(100)
    private @Nullable Integer maxVehicleAge = null;

    @PositiveOrZero
    private @Nullable Integer minMileage = null;

    @PositiveOrZero
    private @Nullable Integer maxMileage = null;

    @PositiveOrZero
    @Max(3650)
    private @Nullable Integer serviceDueDays = null;

    public static SegmentForm of(SegmentView segment) {
        SegmentForm form = new SegmentForm();
        SegmentRule rule = segment.rule();
        form.name = segment.name();
        form.version = segment.version();
        form.tiers = new ArrayList<>(rule.tierList());
        form.tags = String.join(", ", rule.tagList());
        form.regionCode = rule.regionCode() == null ? "" : rule.regionCode();
        form.lastVisitMinDays = rule.lastVisitMinDays();
        form.lastVisitMaxDays = rule.lastVisitMaxDays();
        form.minSpend = rule.minSpend();
        form.brand = rule.brand() == null ? "" : rule.brand();
        form.model = rule.model() == null ? "" : rule.model();
        form.minVehicleAge = rule.minVehicleAge();
        form.maxVehicleAge = rule.maxVehicleAge();
        form.minMileage = rule.minMileage();
        form.maxMileage = rule.maxMileage();
        form.serviceDueDays = rule.serviceDueDays();
        return form;
    }

    public SegmentRule toRule() {
        return new SegmentRule(
                tiers,
                Arrays.stream(tags.split("[,，;；]"))
                        .map(String::trim)
                        .filter(t -> !t.isEmpty())
                        .toList(),
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<String> getTiers() {
        return tiers;
    }

    public void setTiers(@Nullable List<String> tiers) {
        this.tiers = tiers == null ? new ArrayList<>() : tiers;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(@Nullable String tags) {
        this.tags = tags == null ? "" : tags;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(@Nullable String regionCode) {
        this.regionCode = regionCode == null ? "" : regionCode;
    }

    public @Nullable Integer getLastVisitMinDays() {
        return lastVisitMinDays;
    }

    public void setLastVisitMinDays(@Nullable Integer lastVisitMinDays) {
        this.lastVisitMinDays = lastVisitMinDays;
    }

    public @Nullable Integer getLastVisitMaxDays() {
        return lastVisitMaxDays;
    }

    public void setLastVisitMaxDays(@Nullable Integer lastVisitMaxDays) {
        this.lastVisitMaxDays = lastVisitMaxDays;
    }

    public @Nullable BigDecimal getMinSpend() {
        return minSpend;
    }

    public void setMinSpend(@Nullable BigDecimal minSpend) {
        this.minSpend = minSpend;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(@Nullable String brand) {
        this.brand = brand == null ? "" : brand;
    }

    public String getModel() {
        return model;
    }

    public void setModel(@Nullable String model) {
        this.model = model == null ? "" : model;
    }

    public @Nullable Integer getMinVehicleAge() {
        return minVehicleAge;
    }

    public void setMinVehicleAge(@Nullable Integer minVehicleAge) {
        this.minVehicleAge = minVehicleAge;
    }

    public @Nullable Integer getMaxVehicleAge() {
        return maxVehicleAge;
    }

    public void setMaxVehicleAge(@Nullable Integer maxVehicleAge) {
        this.maxVehicleAge = maxVehicleAge;
    }

    public @Nullable Integer getMinMileage() {
        return minMileage;
    }

    public void setMinMileage(@Nullable Integer minMileage) {
        this.minMileage = minMileage;
    }

    public @Nullable Integer getMaxMileage() {
        return maxMileage;
    }

    public void setMaxMileage(@Nullable Integer maxMileage) {
        this.maxMileage = maxMileage;
    }

    public @Nullable Integer getServiceDueDays() {
        return serviceDueDays;
    }

    public void setServiceDueDays(@Nullable Integer serviceDueDays) {
        this.serviceDueDays = serviceDueDays;
    }
}
