package io.aftersales.staff.web;

import io.aftersales.shared.web.NavItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The staff pages in the 人员 menu: everyone sees at least their own certificates and expense claims. */
@Configuration(proxyBeanMethods = false)
class StaffNavigation {

    @Bean
    NavItem meNavItem() {
        return new NavItem("nav.me", "/staff/me", "☺", 39, Set.of()).inGroup(NavItem.STAFF);
    }

    @Bean
    NavItem certificationsNavItem() {
        return new NavItem("nav.certifications", "/staff/certifications", "✓", 40, Set.of()).inGroup(NavItem.STAFF);
    }

    @Bean
    NavItem commissionsNavItem() {
        return new NavItem(
                        "nav.commissions",
                        "/staff/commissions",
                        "%",
                        42,
                        Set.of(
                                "ROLE_ADMIN",
                                "ROLE_HQ",
                                "ROLE_STORE_MANAGER",
                                "ROLE_FINANCE",
                                "ROLE_SERVICE_ADVISOR",
                                "ROLE_TECHNICIAN"))
                .inGroup(NavItem.STAFF);
    }

    @Bean
    NavItem journalNavItem() {
        return new NavItem("nav.journal", "/staff/journal", "✎", 43, Set.of()).inGroup(NavItem.STAFF);
    }

    @Bean
    NavItem attendanceNavItem() {
        return new NavItem("nav.attendance", "/staff/attendance", "☷", 44, Set.of()).inGroup(NavItem.STAFF);
    }

    @Bean
    NavItem trainingNavItem() {
        return new NavItem("nav.training", "/staff/training", "✧", 45, Set.of()).inGroup(NavItem.STAFF);
    }

    @Bean
    NavItem expensesNavItem() {
        return new NavItem("nav.expenses", "/staff/expenses", "¥", 41, Set.of()).inGroup(NavItem.STAFF);
    }
}
