package io.aftersales.shared.web;

import io.aftersales.shared.security.CurrentUser;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in: greeting, current store and the user's work areas. */
@Controller
class HomeWebController {

    private final List<StartPage> startPages;

    HomeWebController(List<StartPage> startPages) {
        this.startPages = startPages;
    }

    @GetMapping("/")
    String home() {
        return CurrentUser.find()
                .filter(user -> user.roles().size() == 1)
                .flatMap(user -> startPages.stream()
                        .filter(start -> user.roles().contains(start.role()))
                        .findFirst())
                .map(start -> "redirect:" + start.href())
                .orElse("shared/home");
    }

    @Bean
    static NavItem homeNavItem() {
        return new NavItem("nav.home", "/", "⌂", 0, Set.of());
    }
}
