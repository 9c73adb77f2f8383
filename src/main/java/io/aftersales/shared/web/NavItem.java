package io.aftersales.shared.web;

import io.aftersales.shared.security.SignedInUser;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;

/**
 * One entry of the main navigation. Each module declares its own as beans; the layout shows those whose authorities
 * the user has (none listed: every signed-in user).
 *
 * @param labelKey message key of the label
 * @param icon a Bootstrap Icons-free glyph (one character) shown on small screens
 * @param groupKey message key of the menu this entry sits in (items of one group share a drop-down), or null for
 *     an entry of its own in the bar
 */
public record NavItem(
        String labelKey,
        String href,
        String icon,
        int order,
        Set<String> authorities,
        @Nullable String groupKey) {

    /** Drop-downs of the bar (message keys). */
    public static final String REPORTS = "nav.group.reports";

    public static final String PARTS = "nav.group.parts";
    public static final String FEEDBACK = "nav.group.feedback";
    public static final String STAFF = "nav.group.staff";
    public static final String SALES = "nav.group.sales";
    public static final String ADMIN = "nav.group.admin";

    public NavItem(String labelKey, String href, String icon, int order, Set<String> authorities) {
        this(labelKey, href, icon, order, authorities, null);
    }

    /** The same entry in the drop-down {@code groupKey}. */
    public NavItem inGroup(String groupKey) {
        return new NavItem(labelKey, href, icon, order, authorities, groupKey);
    }

    public boolean visibleTo(SignedInUser user) {
        return authorities.isEmpty()
                || user.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(authorities::contains);
    }
}
