package io.aftersales.organization.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.security.CurrentUser;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The stores the signed-in user works in, for the layout's store switcher, and the time zone of the current store,
 * in which pages show times. Templates call it ({@code ${@layoutStores.mine()}}, {@code ${@layoutStores.zone()}}) so
 * that it is asked only when a page is rendered, never for an API call.
 */
@Component("layoutStores")
class LayoutStores {

    private static final String ZONE_ATTRIBUTE = LayoutStores.class.getName() + ".zone";

    private final OrganizationManagement management;

    LayoutStores(OrganizationManagement management) {
        this.management = management;
    }

    public List<StoreView> mine() {
        return CurrentUser.find()
                .map(user -> management.storesById(user.storeIds()))
                .orElse(List.of());
    }

    /** The current store's zone, looked up once per request (a page formats many times). */
    public ZoneId zone() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(ZONE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof ZoneId zone) {
            return zone;
        }
        ZoneId zone = management.zoneOf(null);
        if (request != null) {
            request.setAttribute(ZONE_ATTRIBUTE, zone, RequestAttributes.SCOPE_REQUEST);
        }
        return zone;
    }
}
