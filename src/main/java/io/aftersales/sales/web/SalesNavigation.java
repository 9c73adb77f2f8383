package io.aftersales.sales.web;

import io.aftersales.shared.security.Role;
import io.aftersales.shared.web.NavItem;
import io.aftersales.shared.web.StartPage;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pages of the 营销 menu: the sales office, the reps and finance. */
@Configuration(proxyBeanMethods = false)
class SalesNavigation {

    private static final Set<String> READERS = Set.of("ROLE_ADMIN", "ROLE_HQ", "ROLE_SALES", "ROLE_FINANCE");

    @Bean
    NavItem quotesNavItem() {
        return new NavItem("nav.quotes", "/sales/quotes", "¶", 50, READERS).inGroup(NavItem.SALES);
    }

    @Bean
    NavItem contractsNavItem() {
        return new NavItem("nav.contracts", "/sales/contracts", "§", 51, READERS).inGroup(NavItem.SALES);
    }

    @Bean
    NavItem fulfilmentNavItem() {
        return new NavItem("nav.fulfilment", "/sales/fulfilment", "≡", 52, READERS).inGroup(NavItem.SALES);
    }

    @Bean
    NavItem finishedGoodsNavItem() {
        return new NavItem("nav.finishedGoods", "/sales/finished-goods", "▣", 53, READERS).inGroup(NavItem.SALES);
    }

    @Bean
    NavItem receivablesNavItem() {
        return new NavItem(
                        "nav.receivables",
                        "/sales/receivables",
                        "¥",
                        54,
                        Set.of("ROLE_ADMIN", "ROLE_HQ", "ROLE_SALES", "ROLE_FINANCE", "ROLE_STORE_MANAGER"))
                .inGroup(NavItem.SALES);
    }

    @Bean
    NavItem collectionsNavItem() {
        return new NavItem(
                        "nav.collections",
                        "/sales/collections",
                        "↻",
                        56,
                        Set.of("ROLE_ADMIN", "ROLE_HQ", "ROLE_SALES", "ROLE_FINANCE", "ROLE_STORE_MANAGER"))
                .inGroup(NavItem.SALES);
    }

    @Bean
    NavItem statementsNavItem() {
        return new NavItem("nav.statements", "/sales/statements", "✓", 55, READERS).inGroup(NavItem.SALES);
    }

    /** Sales people start the day on their quotes and the year's win rate. */
    @Bean
    StartPage salesStartPage() {
        return new StartPage(Role.SALES, "/sales/quotes");
    }
}
