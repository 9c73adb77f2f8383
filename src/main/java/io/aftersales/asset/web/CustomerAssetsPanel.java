package io.aftersales.asset.web;

import io.aftersales.asset.AssetManagement;
import io.aftersales.customer.CustomerPanel;
import java.util.UUID;
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
    public Object data(UUID customerId) {
        return assets.ofCustomer(customerId, 0, 100, null);
    }
}
