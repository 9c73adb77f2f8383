package io.aftersales.workorder;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
        @DefaultValue("P30D") Duration comebackWindow,
        @DefaultValue("0.13") BigDecimal taxRate,
        @DefaultValue("P3D") Duration approvalLinkTtl,
        @DefaultValue Map<String, List<String>> inspection,
        @DefaultValue Map<String, JobTemplate> jobTemplates,
        @DefaultValue("上门工具") String onSiteKit) {

    public record JobTemplate(String name, List<NewLine> lines) {}

    public List<String> inspectionFor(ServiceType type) {
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
}
