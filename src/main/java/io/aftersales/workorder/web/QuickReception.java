package io.aftersales.workorder.web;

import io.aftersales.asset.AssetSearchAction;
import io.aftersales.workorder.ServiceType;
import org.springframework.stereotype.Component;

/** 开工单 straight from the search result: the customer's words and the type, one click (POST /work-orders). */
@Component
class QuickReception implements AssetSearchAction {

    @Override
    public String fragment() {
        return "workorder/panels :: quickReception";
    }

    @Override
    public Object data() {
        return ServiceType.values();
    }
}
