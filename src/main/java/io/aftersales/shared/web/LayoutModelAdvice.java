package io.aftersales.shared.web;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.CurrentStore;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: the user, their navigation and current store. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    private final List<NavItem> navigation;

    LayoutModelAdvice(List<NavItem> navigation) {
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavItem::order))
                .toList();
    }

    @ModelAttribute("me")
    @Nullable
    SignedInUser me() {
        return CurrentUser.find().orElse(null);
    }

    @ModelAttribute("pageLinks")
    PageLinks pageLinks(HttpServletRequest request) {
        return new PageLinks(request.getRequestURI(), request.getQueryString());
    }

    @ModelAttribute("navigation")
    List<NavItem> navigation() {
        return CurrentUser.find()
                .map(user ->
                        navigation.stream().filter(item -> item.visibleTo(user)).toList())
                .orElse(List.of());
    }

    /**
     * The bar: entries in order, the items of one group gathered in one drop-down where the group's first item
     * stands (a group with one visible item is a plain entry).
     */
    @ModelAttribute("menu")
    List<MenuEntry> menu() {
        List<NavItem> visible = navigation();
        Map<String, List<NavItem>> groups = visible.stream()
                .filter(item -> item.groupKey() != null)
                .collect(Collectors.groupingBy(NavItem::groupKey));
        List<MenuEntry> menu = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (NavItem item : visible) {
            String group = item.groupKey();
            if (group == null || groups.get(group).size() == 1) {
                menu.add(new MenuEntry(null, List.of(item)));
            } else if (placed.add(group)) {
                menu.add(new MenuEntry(group, groups.get(group)));
            }
        }
        return menu;
    }

    /**
     * The one entry to mark as the current page: the longest address the request path starts with (so the board is
     * not also "work orders"); the home page only for itself.
     */
    @ModelAttribute("activeHref")
    @Nullable
    String activeHref(HttpServletRequest request) {
        String path = request.getRequestURI();
        return navigation().stream()
                .map(NavItem::href)
                .filter(href -> path.equals(href) || (!href.equals("/") && path.startsWith(href + "/")))
                .max(Comparator.comparingInt(String::length))
                .orElse(null);
    }

    /** One entry of the bar: a link ({@code groupKey} null, one item) or a drop-down of items. */
    public record MenuEntry(@Nullable String groupKey, List<NavItem> items) {

        public boolean contains(@Nullable String href) {
            return items.stream().anyMatch(item -> item.href().equals(href));
        }
    }

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("currentStoreId")
    @Nullable
    StoreId currentStoreId() {
        return CurrentStore.find().orElse(null);
    }
}
