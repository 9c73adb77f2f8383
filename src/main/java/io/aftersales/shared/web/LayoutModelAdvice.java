package io.aftersales.shared.web;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.CurrentStore;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
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

    @ModelAttribute("navigation")
    List<NavItem> navigation() {
        return CurrentUser.find()
                .map(user ->
                        navigation.stream().filter(item -> item.visibleTo(user)).toList())
                .orElse(List.of());
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
