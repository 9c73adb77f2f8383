package io.aftersales.shared.web;

import io.aftersales.shared.security.SignedInUser;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;

/**
 * One entry of the main navigation. Each module declares its own as beans; the layout shows those whose authorities
 * the user has (none listed: every signed-in user).
 *
 * @param labelKey message key of the label
 * @param icon a Bootstrap Icons-free glyph (one character) shown on small screens
 */
public record NavItem(String labelKey, String href, String icon, int order, Set<String> authorities) {

    public boolean visibleTo(SignedInUser user) {
        return authorities.isEmpty()
                || user.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(authorities::contains);
    }
}
