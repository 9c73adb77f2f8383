package io.aftersales.organization.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code aftersales.security.*}: API token lifetime, how long an instance trusts a token it has checked
 * ({@code tokenCacheTtl}; zero checks every request against the database) and sign-in throttling. After {@code maxFailures} failed
 * attempts for one username (or {@code maxFailuresPerAddress} from one client address, which a whole workshop may
 * share), sign-in is refused for {@code baseBlock}, doubling with each further failure up to {@code maxBlock}; never
 * a permanent lock-out.
 */
@ConfigurationProperties("aftersales.security")
record SecurityProperties(
        @DefaultValue("PT12H") Duration tokenTtl,
        @DefaultValue("PT10S") Duration tokenCacheTtl,
        @DefaultValue Throttle throttle) {

    record Throttle(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("20") int maxFailuresPerAddress,
            @DefaultValue("PT1M") Duration baseBlock,
            @DefaultValue("PT15M") Duration maxBlock) {}
}
