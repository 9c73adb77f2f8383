package io.aftersales.organization.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The stores the signed-in user works in, for the store switcher of the layout. */
@ControllerAdvice(annotations = Controller.class)
class StoreSwitcherAdvice {

    private final OrganizationManagement management;

    StoreSwitcherAdvice(OrganizationManagement management) {
        this.management = management;
    }

    @ModelAttribute("myStores")
    List<StoreView> myStores() {
        return CurrentUser.find()
                .map(user -> management.storesById(user.storeIds()))
                .orElse(List.of());
    }
}
