package io.aftersales.shared.web;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.CurrentStore;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.SignedInUser;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after sign-in: greeting, today's figures of the current store that the user's roles may see (each
 * a link to what it counts), charts of the figures a manager looks at first, and the user's work areas. A technician goes straight to their jobs ({@link StartPage}).
 */
@Controller
class HomeWebController {

    private final List<StartPage> startPages;
    private final List<HomeFigure.Source> figureSources;
    private final List<HomeChart.Source> chartSources;

    HomeWebController(
            List<StartPage> startPages, List<HomeFigure.Source> figureSources, List<HomeChart.Source> chartSources) {
        this.startPages = startPages;
        this.chartSources = chartSources;
        this.figureSources = figureSources.stream()
                .sorted(Comparator.comparingInt(HomeFigure.Source::order))
                .toList();
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        SignedInUser user = CurrentUser.require();
        Optional<StartPage> start = user.roles().size() == 1
                ? startPages.stream()
                        .filter(page -> user.roles().contains(page.role()))
                        .findFirst()
                : Optional.empty();
        if (start.isPresent()) {
            return "redirect:" + start.get().href();
        }
        StoreId store = CurrentStore.find().orElse(null);
        model.addAttribute(
                "figures",
                store == null
                        ? List.of()
                        : figureSources.stream()
                                .flatMap(source -> source.figures(user, store, locale).stream())
                                .toList());
        model.addAttribute(
                "charts",
                store == null
                        ? List.of()
                        : chartSources.stream()
                                .flatMap(source -> source.chart(user, store).stream())
                                .toList());
        return "shared/home";
    }

    @Bean
    static NavItem homeNavItem() {
        return new NavItem("nav.home", "/", "⌂", 0, Set.of());
    }
}
