package io.aftersales.organization.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The stores the signed-in user works in, for the layout's store switcher. Templates call it
 * ({@code ${@layoutStores.mine()}}) so that it is asked only when a page is rendered, never for an API call.
 */
@Component("layoutStores")
class LayoutStores {

    private final OrganizationManagement management;

    LayoutStores(OrganizationManagement management) {
        this.management = management;
    }

    public List<StoreView> mine() {
        return CurrentUser.find()
                .map(user -> management.storesById(user.storeIds()))
                .orElse(List.of());
    }
}
