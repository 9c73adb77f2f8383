package io.aftersales.planning.web;

import io.aftersales.asset.AssetSearchAction;
import org.springframework.stereotype.Component;

/** 预约 straight from the search result: the booking form for that vehicle. */
@Component
class QuickBooking implements AssetSearchAction {

    @Override
    public String fragment() {
        return "planning/panels :: bookAsset";
    }

    @Override
    public Object data() {
        return "";
    }
}
