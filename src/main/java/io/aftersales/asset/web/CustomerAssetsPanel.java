package io.aftersales.asset.web;

import io.aftersales.asset.AssetManagement;
import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerPanel;
import org.springframework.stereotype.Component;

/** The customer's vehicles and equipment on the customer page. */
@Component
class CustomerAssetsPanel implements CustomerPanel {

    private final AssetManagement assets;

    CustomerAssetsPanel(AssetManagement assets) {
        this.assets = assets;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "asset/panels :: assets";
    }

    @Override
    public Object data(CustomerId customerId) {
        return assets.ofCustomer(customerId, 0, 100, null);
    }
}
