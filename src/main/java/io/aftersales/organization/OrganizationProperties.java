package io.aftersales.organization;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of organisations and stores ({@code aftersales.organization.*}).
 *
 * @param defaultTimeZone the zone of a store created without one, and of days counted where no store is known
 * @param commonTimeZones the zones the store form offers first (any IANA zone is accepted)
 */
@ConfigurationProperties("aftersales.organization")
public record OrganizationProperties(ZoneId defaultTimeZone, List<ZoneId> commonTimeZones) {

    public OrganizationProperties(@Nullable ZoneId defaultTimeZone, @Nullable List<ZoneId> commonTimeZones) {
        this.defaultTimeZone = defaultTimeZone != null ? defaultTimeZone : ZoneOffset.UTC;
        this.commonTimeZones = commonTimeZones != null && !commonTimeZones.isEmpty()
                ? List.copyOf(commonTimeZones)
                : List.of(this.defaultTimeZone);
    }
}
