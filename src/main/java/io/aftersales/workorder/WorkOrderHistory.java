package io.aftersales.workorder;

import io.aftersales.asset.AssetManagement;
import io.aftersales.asset.WarrantyAnswer;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.Replay;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.workorder.domain.Actor;
import io.aftersales.workorder.domain.WorkOrder;
import io.aftersales.workorder.domain.WorkOrderMonths;
import io.aftersales.workorder.domain.WorkOrderNumbers;
import io.aftersales.workorder.domain.WorkOrderRepository;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jobs that happened before they were recorded here (a previous system's history, the demo's eighteen months): each
 * runs through the work order's own steps with the times it happened, and counts in the monthly figures of its
 * days. A past job is taken as it was done, so rules that need a manager's word count as given.
 */
@Service
public class WorkOrderHistory {

    private final WorkOrderRepository workOrders;
    private final WorkOrderNumbers numbers;
    private final WorkOrderMonths months;
    private final CustomerManagement customers;
    private final AssetManagement assets;
    private final OrganizationManagement organization;
    private final WorkOrderProperties properties;
    private final EntityManager entityManager;

    WorkOrderHistory(
            WorkOrderRepository workOrders,
            WorkOrderNumbers numbers,
            WorkOrderMonths months,
            CustomerManagement customers,
            AssetManagement assets,
            OrganizationManagement organization,
            WorkOrderProperties properties,
            EntityManager entityManager) {
        this.workOrders = workOrders;
        this.numbers = numbers;
        this.months = months;
        this.customers = customers;
        this.assets = assets;
        this.organization = organization;
        this.properties = properties;
        this.entityManager = entityManager;
    }

    /**
     * Every work order of the organisation as its events told it, oldest first, a page at a time (each page let go
     * of before the next): for a projection built again from scratch. Nothing is published.
     *
     * @return how many work orders were told
     */
    @PreAuthorize(RoleGroups.ADMINS)
    @Transactional
    public long replay(Consumer<WorkOrderReceived> received, Consumer<WorkOrderDelivered> delivered) {
        return Replay.inPages(
                entityManager,
                Sort.by("createdAt", "id"),
                page -> workOrders.findAll(page).getContent(),
                order -> {
                    received.accept(order.receivedEvent());
                    WorkOrderDelivered handedOver = order.deliveredEvent();
                    if (handedOver != null) {
                        delivered.accept(handedOver);
                    }
                });
    }

    /** A job received at {@code at} by {@code advisor}, to be taken through its steps and then {@link #save}d. */
    @PreAuthorize(RoleGroups.ADMINS)
    @Transactional
    public PastWorkOrder receive(NewWorkOrder request, UserId advisor, Instant at) {
        StoreView store = organization.store(request.storeId());
        ZoneId zone = ZoneId.of(store.timeZone());
        LocalDate day = LocalDate.ofInstant(at, zone);
        WarrantyAnswer warranty = assets.warranty(request.assetId(), day, request.mileage());
        UUID organizationId = CurrentUser.require().organizationId().value();
        WorkOrder order = new WorkOrder(
                organizationId,
                numbers.next(store.id().value(), store.code(), day),
                request,
                customers.nameOf(request.customerId()),
                assets.get(request.assetId()).label(),
                warranty.covered(),
                warranty.reason(),
                properties.taxRate(),
                properties.inspectionFor(request.serviceType()),
                Identifier.valueOf(request.comebackOf()),
                actor(advisor),
                actor(advisor),
                at);
        return new PastWorkOrder(order, organizationId, actor(advisor), zone, at, this::actor);
    }

    /** Stores the job as far as it went, and counts it in the months it was received, delivered or cancelled in. */
    @PreAuthorize(RoleGroups.ADMINS)
    @Transactional
    public WorkOrderId save(PastWorkOrder job) {
        WorkOrder order = job.order();
        workOrders.save(order);
        months.received(job.organizationId(), order.storeId(), job.day(job.receivedAt()));
        Instant delivered = job.deliveredAt();
        if (delivered != null) {
            months.delivered(
                    job.organizationId(),
                    order.storeId(),
                    job.day(delivered),
                    order.toView(delivered).estimate().amountDue());
        }
        Instant cancelled = job.cancelledAt();
        if (cancelled != null) {
            months.cancelled(job.organizationId(), order.storeId(), job.day(cancelled));
        }
        return new WorkOrderId(order.id());
    }

    private Actor actor(UserId id) {
        List<StaffMember> found = organization.staff(List.of(id));
        if (found.isEmpty()) {
            throw new InvalidInputException("userId", "workOrder.unknownStaff");
        }
        return new Actor(id.value(), found.get(0).displayName(), true);
    }
}
