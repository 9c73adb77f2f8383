package io.aftersales.feedback;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the feedback loop ({@code aftersales.feedback.*}); every one has a sensible default.
 *
 * @param followUpDelay time from delivery to the follow-up call (default 3 days)
 * @param followUpDelays the same per service type (e.g. {@code on-site: P1D}), overriding the default
 * @param retryAfter when to call again after the customer was not reached (default 4 hours)
 * @param maxAttempts calls before a follow-up is given up as unreachable (default 3)
 * @param questions the call script (回访要素) per service type, {@code default} for the others; scored 1 to 5
 * @param lowScore a score at or below this opens a complaint (default 2)
 * @param lowNps an NPS at or below this opens a complaint (default 6)
 * @param deadlines acknowledge and resolve deadlines per severity
 * @param escalateToHqAfter how long after a missed deadline an escalation to the store manager goes on to HQ
 * @param escalationInterval how often deadlines are checked (default 1 minute)
 * @param surveyLinkTtl how long a survey link works (default 7 days)
 * @param publicUrl where customers reach this installation, for links in messages
 * @param outboxInterval how often queued messages are sent (default 10 seconds)
 * @param maintenanceRules when maintenance is next due, by brand and model or service type; the first match wins
 * @param warrantyNotice how long before a warranty ends the customer is reminded (default 30 days)
 * @param declinedWorkDelay how long after delivery declined work is recommended again (default 30 days)
 * @param holidays greeting days (月-日 or a full date) with their names
 * @param mailFrom the sender of e-mails to customers
 */
@ConfigurationProperties("aftersales.feedback")
public record FeedbackProperties(
        @DefaultValue("P3D") Duration followUpDelay,
        @Nullable Map<String, Duration> followUpDelays,
        @DefaultValue("PT4H") Duration retryAfter,
        @DefaultValue("3") int maxAttempts,
        @Nullable Map<String, List<String>> questions,
        @DefaultValue("2") int lowScore,
        @DefaultValue("6") int lowNps,
        @Nullable Map<Severity, Deadlines> deadlines,
        @DefaultValue("PT24H") Duration escalateToHqAfter,
        @DefaultValue("PT1M") Duration escalationInterval,
        @DefaultValue("P7D") Duration surveyLinkTtl,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("PT10S") Duration outboxInterval,
        @Nullable List<MaintenanceRule> maintenanceRules,
        @DefaultValue("P30D") Duration warrantyNotice,
        @DefaultValue("P30D") Duration declinedWorkDelay,
        @DefaultValue List<Holiday> holidays,
        @DefaultValue("noreply@localhost") String mailFrom) {

    public record Deadlines(Duration acknowledge, Duration resolve) {}

    /**
     * Maintenance is due after {@code months} or {@code kilometres}, whichever comes first. Empty {@code brand},
     * {@code model} and {@code serviceType} match anything.
     */
    public record MaintenanceRule(
            @Nullable String brand,
            @Nullable String model,
            @Nullable String serviceType,
            int months,
            @Nullable Integer kilometres) {

        boolean matches(@Nullable String assetBrand, @Nullable String assetModel, String type) {
            return (brand == null || brand.equalsIgnoreCase(assetBrand == null ? "" : assetBrand))
                    && (model == null || model.equalsIgnoreCase(assetModel == null ? "" : assetModel))
                    && (serviceType == null || key(serviceType).equals(key(type)));
        }
    }

    /** A greeting day: {@code date} is {@code MM-dd} every year or {@code yyyy-MM-dd} once (lunar holidays). */
    public record Holiday(String date, String name) {

        public boolean isOn(LocalDate day) {
            return date.length() > 5
                    ? LocalDate.parse(date).equals(day)
                    : MonthDay.parse("--" + date).equals(MonthDay.from(day));
        }
    }

    private static final Deadlines STANDARD = new Deadlines(Duration.ofHours(24), Duration.ofDays(5));
    private static final Map<Severity, Deadlines> DEFAULT_DEADLINES = Map.of(
            Severity.LOW,
            STANDARD,
            Severity.MEDIUM,
            STANDARD,
            Severity.HIGH,
            new Deadlines(Duration.ofHours(4), Duration.ofDays(3)),
            Severity.CRITICAL,
            new Deadlines(Duration.ofHours(2), Duration.ofDays(1)));
    private static final List<String> DEFAULT_QUESTIONS =
            List.of("服务顾问的接待与解释", "维修质量（问题是否解决）", "是否按承诺时间交车", "费用是否与报价一致");

    public Duration followUpDelayFor(String serviceType) {
        if (followUpDelays != null) {
            for (Map.Entry<String, Duration> entry : followUpDelays.entrySet()) {
                if (key(entry.getKey()).equals(key(serviceType))) {
                    return entry.getValue();
                }
            }
        }
        return followUpDelay;
    }

    public List<String> questionsFor(@Nullable String serviceType) {
        if (questions == null || questions.isEmpty()) {
            return DEFAULT_QUESTIONS;
        }
        for (Map.Entry<String, List<String>> entry : questions.entrySet()) {
            if (serviceType != null && key(entry.getKey()).equals(key(serviceType))) {
                return entry.getValue();
            }
        }
        return questions.entrySet().stream()
                .filter(entry -> key(entry.getKey()).equals("DEFAULT"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(DEFAULT_QUESTIONS);
    }

    public Deadlines deadlinesFor(Severity severity) {
        if (deadlines != null && deadlines.containsKey(severity)) {
            return deadlines.get(severity);
        }
        return DEFAULT_DEADLINES.get(severity);
    }

    /** The address the survey links start with, without a trailing slash. */
    public String publicBaseUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public @Nullable MaintenanceRule maintenanceRuleFor(
            @Nullable String brand, @Nullable String model, String serviceType) {
        List<MaintenanceRule> rules = maintenanceRules != null
                ? maintenanceRules
                : List.of(new MaintenanceRule(null, null, "MAINTENANCE", 6, 5000));
        return rules.stream()
                .filter(rule -> rule.matches(brand, model, serviceType))
                .findFirst()
                .orElse(null);
    }

    private static String key(String name) {
        return name.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
