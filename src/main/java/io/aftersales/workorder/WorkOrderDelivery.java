package io.aftersales.workorder;

import io.aftersales.shared.Identifier;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.workorder.domain.WorkOrderMonths;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a work order leaves the lane: settlement (结算) by pay type with the payments received, delivery (交车) with the
 * customer's signature, or cancellation. Delivery and cancellation count in the monthly figures in the same
 * transaction.
 */
@Service
public class WorkOrderDelivery {

    private static final String PNG_DATA_URL = "data:image/png;base64,";

    private final WorkOrderSteps steps;
    private final WorkOrderMonths months;

    WorkOrderDelivery(WorkOrderSteps steps, WorkOrderMonths months) {
        this.steps = steps;
        this.months = months;
    }

    @PreAuthorize(RoleGroups.CASHIERS)
    @Transactional
    public WorkOrderView settle(WorkOrderId id, long version, List<PaymentLine> payments) {
        return steps.act(id, version, "SETTLE", order -> order.settle(payments, WorkOrderSteps.actor(), steps.now()));
    }

    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public WorkOrderView deliver(WorkOrderId id, long version, String signedBy, @Nullable String signature) {
        if (signature != null && !signature.isBlank() && !signature.startsWith(PNG_DATA_URL)) {
            throw new InvalidInputException("signature", "workOrder.signatureNotPng");
        }
        WorkOrderView view = steps.act(
                id,
                version,
                "DELIVER",
                order -> order.deliver(signedBy, signature, WorkOrderSteps.actor(), steps.now()));
        months.delivered(
                CurrentUser.require().organizationId().value(),
                Identifier.valueOf(view.header().storeId()),
                steps.storeDay(view.header().storeId()),
                view.estimate().amountDue());
        return view;
    }

    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public WorkOrderView cancel(WorkOrderId id, long version, String reason) {
        WorkOrderView view =
                steps.act(id, version, "CANCEL", order -> order.cancel(reason, WorkOrderSteps.actor(), steps.now()));
        months.cancelled(
                CurrentUser.require().organizationId().value(),
                Identifier.valueOf(view.header().storeId()),
                steps.storeDay(view.header().storeId()));
        return view;
    }
}
