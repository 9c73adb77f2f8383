package io.aftersales.organization.security;

import io.aftersales.organization.domain.AppUser;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Username and password sign-in, for the form and the token endpoint alike, refused while throttled. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String key = AppUser.normalizeUsername(authentication.getName());
        Instant blockedUntil = throttle.blockedUntil(key);
        if (blockedUntil != null) {
            throw new SignInThrottledException(blockedUntil);
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.reset(key);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(key);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
