package io.aftersales.workorder;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.workorder.domain.Actor;
import io.aftersales.workorder.domain.WorkOrder;
import io.aftersales.workorder.domain.WorkOrderRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What every step of the lane does around the work order's own rule: load it (a work order of a store the user does
 * not see is not found), check the version the caller read, save it (which publishes its events), audit the step and
 * show the result with the stock state of its part lines.
 */
@Component
class WorkOrderSteps {

    private final WorkOrderRepository workOrders;
    private final WorkshopStock stock;
    private final OrganizationManagement organization;
    private final AuditTrail auditTrail;
    private final Clock clock;

    WorkOrderSteps(
            WorkOrderRepository workOrders,
            WorkshopStock stock,
            OrganizationManagement organization,
            AuditTrail auditTrail,
            Clock clock) {
        this.workOrders = workOrders;
        this.stock = stock;
        this.organization = organization;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Applies a change; {@code version} may be left out only where concurrent changes cannot conflict. */
    WorkOrderView act(WorkOrderId id, @Nullable Long version, String action, Consumer<WorkOrder> change) {
        WorkOrder order = find(id);
        if (version != null) {
            StaleVersionException.check(version, order.version());
        }
        change.accept(order);
        return save(order, action, null);
    }

    /** Saves the work order (its events go out with it), records the step in the audit trail and shows the result. */
    WorkOrderView save(WorkOrder order, String action, @Nullable String detail) {
        workOrders.saveAndFlush(order);
        auditTrail.record(action, "WorkOrder", order.id(), detail);
        return view(order);
    }

    /** A new work order, answered with the version that is stored. */
    WorkOrderView insert(WorkOrder order, String action, @Nullable String detail) {
        workOrders.saveNew(order);
        auditTrail.record(action, "WorkOrder", order.id(), detail);
        return view(order);
    }

    WorkOrder find(WorkOrderId id) {
        return workOrders.findById(id.value()).orElseThrow(() -> new NotFoundException("workOrder", id));
    }

    /** The work order as shown, with the stock state of its catalogue part lines (one query, only if it has any). */
    WorkOrderView view(WorkOrder order) {
        Instant now = clock.instant();
        return order.holdsStock()
                ? order.toView(now, stock.lineStates(new WorkOrderId(order.id())))
                : order.toView(now);
    }

    Instant now() {
        return clock.instant();
    }

    /** Today in the store's own time zone. */
    LocalDate storeDay(StoreId storeId) {
        return LocalDate.ofInstant(clock.instant(), organization.zoneOf(storeId));
    }

    static Actor actor() {
        SignedInUser user = CurrentUser.require();
        return new Actor(user.userId().value(), user.displayName(), user.isManager());
    }
}
