package io.aftersales.inventory;

import io.aftersales.workorder.PartLineAdded;
import io.aftersales.workorder.PartLineRemoved;
import io.aftersales.workorder.WorkOrderApproved;
import io.aftersales.workorder.WorkOrderCancelled;
import io.aftersales.workorder.WorkOrderCompleted;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The stock a work order holds follows its lane: a part line reserves, a removed or declined one releases, completion
 * issues, cancellation releases everything. These listeners run in the transaction of the work-order step that
 * published the event (ADR 0010): the step answers with the stock state it caused, and a completion whose back-ordered
 * part is still short is refused as a whole.
 */
@Component
class WorkOrderStockListeners {

    private final StockManagement stock;

    WorkOrderStockListeners(StockManagement stock) {
        this.stock = stock;
    }

    @EventListener
    void reserve(PartLineAdded added) {
        stock.reserveLine(added.storeId(), added.partId(), added.quantity(), added.workOrderId(), added.lineId());
    }

    @EventListener
    void release(PartLineRemoved removed) {
        stock.releaseLines(removed.workOrderId(), List.of(removed.lineId()));
    }

    @EventListener
    void releaseDeclined(WorkOrderApproved approved) {
        if (!approved.declinedLineIds().isEmpty()) {
            stock.releaseLines(approved.workOrderId(), approved.declinedLineIds());
        }
    }

    @EventListener
    void issue(WorkOrderCompleted completed) {
        stock.issueWorkOrder(completed.workOrderId());
    }

    @EventListener
    void releaseAll(WorkOrderCancelled cancelled) {
        stock.releaseWorkOrder(cancelled.workOrderId());
    }
}
