package io.aftersales.workorder.web;

import io.aftersales.shared.security.Role;
import io.aftersales.shared.web.NavItem;
import io.aftersales.shared.web.StartPage;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkOrderNavigation {

    @Bean
    NavItem workOrdersNavItem() {
        return new NavItem("nav.workOrders", "/work-orders", "▤", 20, Set.of());
    }

    @Bean
    NavItem boardNavItem() {
        return new NavItem("nav.board", "/work-orders/board", "▥", 21, Set.of());
    }

    @Bean
    NavItem monthlyNavItem() {
        return new NavItem(
                        "nav.monthly",
                        "/work-orders/monthly",
                        "▦",
                        23,
                        Set.of("ROLE_ADMIN", "ROLE_HQ", "ROLE_STORE_MANAGER", "ROLE_FINANCE"))
                .inGroup(NavItem.REPORTS);
    }

    @Bean
    NavItem myJobsNavItem() {
        return new NavItem("nav.myJobs", "/work-orders/mine", "⚒", 22, Set.of("ROLE_TECHNICIAN"));
    }

    @Bean
    NavItem qcQueueNavItem() {
        return new NavItem(
                "nav.qcQueue",
                "/work-orders/qc",
                "✔",
                22,
                Set.of("ROLE_ADMIN", "ROLE_HQ", "ROLE_STORE_MANAGER", "ROLE_QC_INSPECTOR", "ROLE_FOREMAN"));
    }

    /** A QC inspector starts the day on the queue, the foreman on the board. */
    @Bean
    StartPage qcInspectorStartPage() {
        return new StartPage(Role.QC_INSPECTOR, "/work-orders/qc");
    }

    @Bean
    StartPage foremanStartPage() {
        return new StartPage(Role.FOREMAN, "/work-orders/board");
    }

    /** A technician starts the day on their jobs. */
    @Bean
    StartPage technicianStartPage() {
        return new StartPage(Role.TECHNICIAN, "/work-orders/mine");
    }
}
