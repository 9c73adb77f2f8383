package io.aftersales.reporting.web;

import io.aftersales.shared.web.NavItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reporting pages in the 报表 menu, for those who read figures (advisors and technicians their own). */
@Configuration(proxyBeanMethods = false)
class ReportingNavigation {

    private static final Set<String> READERS = Set.of(
            "ROLE_ADMIN", "ROLE_HQ", "ROLE_STORE_MANAGER", "ROLE_FINANCE", "ROLE_SERVICE_ADVISOR", "ROLE_TECHNICIAN");

    @Bean
    NavItem kpisNavItem() {
        return new NavItem("nav.kpis", "/reports/kpis", "▨", 24, READERS).inGroup(NavItem.REPORTS);
    }

    @Bean
    NavItem targetsNavItem() {
        return new NavItem("nav.targets", "/reports/targets", "◎", 25, READERS).inGroup(NavItem.REPORTS);
    }

    @Bean
    NavItem morningNavItem() {
        return new NavItem(
                        "nav.morning",
                        "/reports/morning",
                        "☀",
                        23,
                        Set.of("ROLE_ADMIN", "ROLE_HQ", "ROLE_STORE_MANAGER", "ROLE_FINANCE"))
                .inGroup(NavItem.REPORTS);
    }

    @Bean
    NavItem rankingsNavItem() {
        return new NavItem("nav.rankings", "/reports/rankings", "★", 26, READERS).inGroup(NavItem.REPORTS);
    }

    @Bean
    NavItem forecastNavItem() {
        return new NavItem("nav.forecast", "/reports/forecast", "↗", 27, READERS).inGroup(NavItem.REPORTS);
    }

    @Bean
    NavItem costsNavItem() {
        return new NavItem("nav.costs", "/reports/costs", "¥", 28, READERS).inGroup(NavItem.REPORTS);
    }

    @Bean
    NavItem partsDemandNavItem() {
        return new NavItem(
                        "nav.partsDemand",
                        "/reports/parts-demand",
                        "⚙",
                        29,
                        Set.of("ROLE_ADMIN", "ROLE_HQ", "ROLE_STORE_MANAGER", "ROLE_PARTS_CLERK"))
                .inGroup(NavItem.REPORTS);
    }
}
