package io.aftersales.workorder.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerPanel;
import io.aftersales.workorder.WorkOrderFilter;
import io.aftersales.workorder.WorkOrderManagement;
import org.springframework.stereotype.Component;

/** The customer's service history (their last work orders, in the stores the user sees) on the customer page. */
@Component
class CustomerWorkOrdersPanel implements CustomerPanel {

    private final WorkOrderManagement workOrders;

    CustomerWorkOrdersPanel(WorkOrderManagement workOrders) {
        this.workOrders = workOrders;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String fragment() {
        return "workorder/panels :: history";
    }

    @Override
    public Object data(CustomerId customerId) {
        return workOrders.search(WorkOrderFilter.forCustomer(customerId), 0, 10, null);
    }
}
