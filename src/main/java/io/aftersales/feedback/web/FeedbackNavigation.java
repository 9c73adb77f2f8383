package io.aftersales.feedback.web;

import io.aftersales.shared.web.NavItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FeedbackNavigation {

    private static final Set<String> DESK =
            Set.of("ROLE_ADMIN", "ROLE_HQ", "ROLE_STORE_MANAGER", "ROLE_SERVICE_ADVISOR", "ROLE_FOLLOW_UP_AGENT");

    @Bean
    NavItem followUpsNavItem() {
        return new NavItem("nav.followUps", "/follow-ups", "☎", 40, DESK).inGroup(NavItem.FEEDBACK);
    }

    @Bean
    NavItem complaintsNavItem() {
        return new NavItem("nav.complaints", "/complaints", "!", 41, DESK).inGroup(NavItem.FEEDBACK);
    }

    @Bean
    NavItem satisfactionNavItem() {
        return new NavItem(
                        "nav.satisfaction",
                        "/satisfaction",
                        "★",
                        42,
                        Set.of("ROLE_ADMIN", "ROLE_HQ", "ROLE_STORE_MANAGER"))
                .inGroup(NavItem.REPORTS);
    }
}
