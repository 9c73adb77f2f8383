package io.aftersales.organization.web;

import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.web.NavItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrganizationNavigation {

    @Bean
    NavItem storesNavItem() {
        return new NavItem("nav.stores", "/admin/stores", "▦", 80, Set.of("ROLE_ADMIN")).inGroup(NavItem.ADMIN);
    }

    @Bean
    NavItem usersNavItem() {
        return new NavItem("nav.users", "/admin/users", "☺", 81, Set.of("ROLE_ADMIN")).inGroup(NavItem.ADMIN);
    }

    @Bean
    NavItem organizationsNavItem() {
        return new NavItem("nav.organizations", "/admin/organizations", "◎", 82, Set.of(SignedInUser.PLATFORM_ADMIN))
                .inGroup(NavItem.ADMIN);
    }
}
