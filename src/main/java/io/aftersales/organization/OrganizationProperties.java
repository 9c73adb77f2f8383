package io.aftersales.organization;

import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of organisations and stores ({@code aftersales.organization.*}).
 *
 * @param defaultTimeZone the zone of a store created without one, and of days counted where no store is known
 * @param commonTimeZones the zones the store form offers first (any IANA zone is accepted)
 */
@ConfigurationProperties("aftersales.organization")
public record OrganizationProperties(
        @DefaultValue("UTC") ZoneId defaultTimeZone,
        @DefaultValue("UTC") List<ZoneId> commonTimeZones) {}
