package io.aftersales.organization.security;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** Too many failed attempts for this username lately; sign-in is refused until {@link #until()}. */
public class SignInThrottledException extends AuthenticationException {

    private final Instant until;

    SignInThrottledException(Instant until) {
        super("sign-in throttled until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
