package io.aftersales.sales;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.workorder.WorkOrderDelivered;
import java.time.LocalDate;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A work order delivered with an amount owed (挂账) becomes a receivable of its customer and store, due after {@link
 * #DUE_DAYS}, in a transaction of its own after the delivery; the advisor who received it follows it up.
 */
@Component
class WorkOrderReceivables {

    static final int DUE_DAYS = 30;

    private final Receivables receivables;
    private final OrganizationManagement organization;

    WorkOrderReceivables(Receivables receivables, OrganizationManagement organization) {
        this.receivables = receivables;
        this.organization = organization;
    }

    @ApplicationModuleListener
    void delivered(WorkOrderDelivered event) {
        if (event.amountOwed().signum() <= 0) {
            return;
        }
        LocalDate deliveredOn = SystemUser.callAs(
                event.organizationId(),
                List.of(event.storeId()),
                () -> LocalDate.ofInstant(event.deliveredAt(), organization.zoneOf(event.storeId())));
        receivables.owed(
                event.organizationId().value(),
                event.customerId().value(),
                event.storeId().value(),
                event.workOrderId().value(),
                event.number(),
                deliveredOn,
                DUE_DAYS,
                event.amountOwed(),
                event.advisorId().value());
    }
}
