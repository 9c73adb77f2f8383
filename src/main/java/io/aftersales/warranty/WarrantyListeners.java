package io.aftersales.warranty;

import io.aftersales.workorder.WorkOrderDelivered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A work order delivered with WARRANTY lines becomes a job to claim, in the listener's own transaction. */
@Component
class WarrantyListeners {

    private final WarrantyClaims claims;

    WarrantyListeners(WarrantyClaims claims) {
        this.claims = claims;
    }

    @ApplicationModuleListener
    void delivered(WorkOrderDelivered event) {
        claims.delivered(event);
    }
}
