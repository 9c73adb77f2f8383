package io.aftersales.inventory.web;

import io.aftersales.inventory.StockManagement;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.web.HomeFigure;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Parts at or below their reorder point, for the parts desk and managers. */
@Component
class InventoryHomeFigures implements HomeFigure.Source {

    /** The stock list pages without a total; beyond this many the figure says "100+". */
    private static final int COUNTED = 100;

    private final StockManagement stock;

    InventoryHomeFigures(StockManagement stock) {
        this.stock = stock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<HomeFigure> figures(SignedInUser user, StoreId store, Locale locale) {
        if (!user.isManager() && !user.hasRole(Role.PARTS_CLERK)) {
            return List.of();
        }
        long low = stock.stock(store, null, true, 0, COUNTED).total();
        return List.of(new HomeFigure(
                "home.figure.lowStock",
                low > COUNTED ? COUNTED + "+" : Long.toString(low),
                "/stock?low=true",
                low > 0));
    }
}
