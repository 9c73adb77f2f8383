package io.aftersales.inventory;

import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A work order that a reservation or a tool check-out names must be one the caller sees in their organisation. Work
 * orders are asked when needed (they read the stock of their own lines through this module, so the two are not built
 * one from the other).
 */
@Component
class KnownWorkOrders {

    private final ObjectProvider<WorkOrderManagement> workOrders;

    KnownWorkOrders(ObjectProvider<WorkOrderManagement> workOrders) {
        this.workOrders = workOrders;
    }

    void require(@Nullable WorkOrderId workOrderId) {
        if (workOrderId == null) {
            return;
        }
        try {
            workOrders.getObject().get(workOrderId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("workOrderId", "stock.unknownWorkOrder");
        }
    }
}
