package io.aftersales.workorder;

import io.aftersales.asset.AssetId;
import io.aftersales.asset.AssetManagement;
import io.aftersales.asset.AssetView;
import io.aftersales.asset.WarrantyAnswer;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.workorder.domain.Actor;
import io.aftersales.workorder.domain.Comebacks;
import io.aftersales.workorder.domain.WorkOrder;
import io.aftersales.workorder.domain.WorkOrderMonths;
import io.aftersales.workorder.domain.WorkOrderNumbers;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reception (接车): a work order opens for a customer's asset at a store, and a rework job opens for a finished one. */
@Service
public class WorkOrderReception {

    private static final Set<WorkOrderStatus> FINISHED =
            EnumSet.of(WorkOrderStatus.COMPLETED, WorkOrderStatus.SETTLED, WorkOrderStatus.DELIVERED);

    private final WorkOrderSteps steps;
    private final WorkOrderNumbers numbers;
    private final WorkOrderMonths months;
    private final Comebacks comebacks;
    private final CustomerManagement customers;
    private final AssetManagement assets;
    private final OrganizationManagement organization;
    private final WorkOrderProperties properties;

    WorkOrderReception(
            WorkOrderSteps steps,
            WorkOrderNumbers numbers,
            WorkOrderMonths months,
            Comebacks comebacks,
            CustomerManagement customers,
            AssetManagement assets,
            OrganizationManagement organization,
            WorkOrderProperties properties) {
        this.steps = steps;
        this.numbers = numbers;
        this.months = months;
        this.comebacks = comebacks;
        this.customers = customers;
        this.assets = assets;
        this.organization = organization;
        this.properties = properties;
    }

    /**
     * Reception (接车). The asset must belong to the customer; its warranty at this date and mileage is recorded; a
     * repair on the same asset within the comeback window of an earlier finished job is linked to it.
     */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public WorkOrderView receive(NewWorkOrder request) {
        SignedInUser user = CurrentUser.require();
        if (!user.canSeeStore(request.storeId())) {
            throw new InvalidInputException("storeId", "workOrder.unknownStore");
        }
        StoreView store = organization.store(request.storeId());
        if (!customers.isActive(request.customerId())) {
            throw new InvalidInputException("customerId", "workOrder.unknownCustomer");
        }
        AssetView asset = findAsset(request.assetId());
        if (!asset.customerId().equals(request.customerId())) {
            throw new InvalidInputException("assetId", "workOrder.assetOfAnotherCustomer");
        }
        Instant now = steps.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of(store.timeZone()));
        WarrantyAnswer warranty = assets.warranty(asset.id(), today, request.mileage());
        if (request.mileage() != null && (asset.mileage() == null || request.mileage() > asset.mileage())) {
            assets.recordMileage(asset.id(), request.mileage(), now, "RECEPTION");
        }
        String customerName = customers.nameOf(request.customerId());
        WorkOrderId comebackOf = comebackOf(request, now);
        BigDecimal labourDiscount = customers.tierOf(request.customerId()).labourDiscountPercent();
        // The store's counter of the day and its month's figures stay locked until the commit, so the receptions of
        // one store wait for each other there: they are taken last, with nothing left to read.
        WorkOrder order = new WorkOrder(
                user.organizationId().value(),
                numbers.next(store.id().value(), store.code(), today),
                request,
                customerName,
                asset.label(),
                warranty.covered(),
                warranty.reason(),
                properties.taxRate(),
                properties.inspectionFor(request.serviceType()),
                Identifier.valueOf(comebackOf),
                advisorOf(request, store.id()),
                WorkOrderSteps.actor(),
                now);
        order.grantLabourDiscount(labourDiscount);
        months.received(user.organizationId().value(), store.id().value(), today);
        return steps.insert(order, "RECEIVE", order.toSummary(now).number());
    }

    /**
     * A rework job (返工) for a finished work order, opened on behalf of a complaint: a repair of the same asset for
     * the same customer at the same store, linked to the original as its comeback.
     */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public WorkOrderView openRework(WorkOrderId originalId, String complaint) {
        WorkOrderView original = steps.view(steps.find(originalId));
        if (!FINISHED.contains(original.header().status())) {
            throw new DomainException(
                    "illegal-transition",
                    "workOrder.illegalTransition",
                    "rework",
                    original.header().status().name());
        }
        return receive(new NewWorkOrder(
                original.header().storeId(),
                original.header().customerId(),
                original.header().assetId(),
                ServiceType.REPAIR,
                complaint,
                null,
                null,
                null,
                null,
                null,
                original.header().id(),
                null));
    }

    /**
     * The job's advisor: the one asked for, who must be an active service advisor of the store; otherwise the
     * customer's own advisor when they work at the store (一对一服务); otherwise who receives it.
     */
    private Actor advisorOf(NewWorkOrder request, StoreId storeId) {
        if (request.advisorId() != null) {
            StaffMember asked = organization.staff(List.of(request.advisorId())).stream()
                    .filter(member -> member.advisesAt(storeId))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("advisorId", "workOrder.notAnAdvisorHere"));
            return new Actor(asked.id().value(), asked.displayName(), false);
        }
        return customers
                .advisorAt(request.customerId(), storeId)
                .map(own -> new Actor(own.id().value(), own.displayName(), false))
                .orElseGet(WorkOrderSteps::actor);
    }

    private @Nullable WorkOrderId comebackOf(NewWorkOrder request, Instant now) {
        if (request.comebackOf() != null) {
            WorkOrder original = steps.find(request.comebackOf());
            if (!original.assetId().equals(Identifier.valueOf(request.assetId()))) {
                throw new InvalidInputException("comebackOf", "workOrder.comebackOfOtherAsset");
            }
            return new WorkOrderId(original.id());
        }
        if (!request.serviceType().fixesAProblem()) {
            return null;
        }
        SignedInUser user = CurrentUser.require();
        return comebacks
                .latestFinished(
                        user.organizationId().value(),
                        Identifier.valueOf(request.assetId()),
                        now.minus(properties.comebackWindow()),
                        user.seesAllStores()
                                ? null
                                : user.storeIds().stream().map(StoreId::value).toList())
                .map(WorkOrderId::new)
                .orElse(null);
    }

    private AssetView findAsset(AssetId assetId) {
        try {
            return assets.get(assetId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("assetId", "workOrder.unknownAsset");
        }
    }
}
