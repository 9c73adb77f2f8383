package io.aftersales.organization.security;

import io.aftersales.organization.domain.AppUser;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in, for the form and the token endpoint alike (one authentication manager serves both),
 * refused while the username or the client's address is throttled. Failures are logged with what was typed made
 * safe for a log line.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);
    private static final int LOGGED_LENGTH = 64;

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final SecurityProperties.Throttle settings;

    ThrottledAuthenticationProvider(
            AuthenticationProvider passwords, LoginThrottle throttle, SecurityProperties.Throttle settings) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.settings = settings;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = "user:" + AppUser.normalizeUsername(authentication.getName());
        String address = address(authentication);
        Instant blockedUntil = later(
                throttle.blockedUntil(user), address == null ? null : throttle.blockedUntil("address:" + address));
        if (blockedUntil != null) {
            log.warn("Sign-in refused while throttled: {} from {}", loggable(authentication.getName()), address);
            throw new SignInThrottledException(blockedUntil);
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.reset(user);
            return result;
        } catch (BadCredentialsException e) {
            log.warn("Sign-in failed: {} from {}", loggable(authentication.getName()), address);
            throttle.recordFailure(user, settings.maxFailures());
            if (address != null) {
                throttle.recordFailure("address:" + address, settings.maxFailuresPerAddress());
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static @Nullable String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }

    private static @Nullable Instant later(@Nullable Instant one, @Nullable Instant other) {
        if (one == null || other == null) {
            return one == null ? other : one;
        }
        return one.isAfter(other) ? one : other;
    }

    /** What was typed as a username, without line breaks or other control characters, and not too long. */
    static String loggable(@Nullable String typed) {
        if (typed == null) {
            return "\"\"";
        }
        String safe = typed.replaceAll("\\p{Cntrl}", "?");
        return "\"" + (safe.length() > LOGGED_LENGTH ? safe.substring(0, LOGGED_LENGTH) + "…" : safe) + "\"";
    }
}
