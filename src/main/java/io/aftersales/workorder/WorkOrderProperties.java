package io.aftersales.workorder;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the service lane ({@code aftersales.workorder.*}).
 *
 * @param comebackWindow a new repair job on the same asset within this time of the last one is a comeback (返修)
 * @param taxRate VAT on estimate lines (prices are entered before tax)
 * @param approvalLinkTtl how long the estimate link sent to the customer works
 * @param inspection the inspection checklist per service type; {@code DEFAULT} for the others
 * @param jobTemplates canned jobs by code, each adding a set of lines at once
 * @param onSiteKit the tool category whose tools an on-site job copies into its checklist
 */
@ConfigurationProperties("aftersales.workorder")
public record WorkOrderProperties(
        @Nullable Duration comebackWindow,
        @Nullable BigDecimal taxRate,
        @Nullable Duration approvalLinkTtl,
        @Nullable Map<String, List<String>> inspection,
        @Nullable Map<String, JobTemplate> jobTemplates,
        @Nullable String onSiteKit) {

    public record JobTemplate(String name, List<NewLine> lines) {}

    public Duration comebackWindowOrDefault() {
        return comebackWindow != null ? comebackWindow : Duration.ofDays(30);
    }

    public BigDecimal taxRateOrDefault() {
        return taxRate != null ? taxRate : new BigDecimal("0.13");
    }

    public Duration approvalLinkTtlOrDefault() {
        return approvalLinkTtl != null ? approvalLinkTtl : Duration.ofDays(3);
    }

    public List<String> inspectionFor(ServiceType type) {
        if (inspection == null) {
            return List.of();
        }
        for (Map.Entry<String, List<String>> entry : inspection.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(type.name())
                    || entry.getKey().equalsIgnoreCase(type.name().replace('_', '-'))) {
                return entry.getValue();
            }
        }
        return inspection.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase("default"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(List.of());
    }

    public String onSiteKitOrDefault() {
        return onSiteKit != null && !onSiteKit.isBlank() ? onSiteKit : "上门工具";
    }

    public Map<String, JobTemplate> jobTemplatesOrEmpty() {
        return jobTemplates != null ? jobTemplates : Map.of();
    }
}
