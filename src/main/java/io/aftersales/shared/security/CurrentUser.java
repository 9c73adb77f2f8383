package io.aftersales.shared.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The user of the current request, read from the security context. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<SignedInUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static SignedInUser require() {
        return find().orElseThrow(() -> new UsernameNotFoundException("no signed-in user"));
    }
}
