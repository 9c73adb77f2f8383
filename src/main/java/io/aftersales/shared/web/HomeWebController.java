package io.aftersales.shared.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in: greeting, current store and the user's work areas. */
@Controller
class HomeWebController {

    @GetMapping("/")
    String home() {
        return "shared/home";
    }

    @Bean
    static NavItem homeNavItem() {
        return new NavItem("nav.home", "/", "⌂", 0, Set.of());
    }
}
