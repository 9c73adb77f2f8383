package io.aftersales.planning;

import io.aftersales.asset.AssetId;
import io.aftersales.asset.AssetManagement;
import io.aftersales.asset.AssetView;
import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.planning.domain.ContractWork;
import io.aftersales.planning.domain.ContractWorkRepository;
import io.aftersales.planning.domain.ServiceContract;
import io.aftersales.planning.domain.ServiceContractRepository;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.SearchText;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.DuplicateException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.workorder.LineDecision;
import io.aftersales.workorder.LineKind;
import io.aftersales.workorder.NewWorkOrder;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderManagement;
import io.aftersales.workorder.WorkOrderReception;
import io.aftersales.workorder.WorkOrderStatus;
import io.aftersales.workorder.WorkOrderView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service contracts (服务合同) for vehicles and equipment: the covered assets of one customer, a visit every so many
 * months opened as a work order when it falls due (once per asset and day, however often the schedule runs), calls
 * under the contract with their SLA clock, and what the contract's work orders used of what it includes.
 */
@Service
public class ServiceContracts {

    private static final Set<ServiceType> VISIT_TYPES = Set.of(ServiceType.MAINTENANCE, ServiceType.ON_SITE);
    private static final Locale TEXT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final ServiceContractRepository contracts;
    private final ContractWorkRepository work;
    private final CustomerManagement customers;
    private final AssetManagement assets;
    private final OrganizationManagement organization;
    private final WorkOrderReception reception;
    private final WorkOrderManagement workOrders;
    private final AuditTrail auditTrail;
    private final MessageSource messages;
    private final Clock clock;

    ServiceContracts(
            ServiceContractRepository contracts,
            ContractWorkRepository work,
            CustomerManagement customers,
            AssetManagement assets,
            OrganizationManagement organization,
            WorkOrderReception reception,
            WorkOrderManagement workOrders,
            AuditTrail auditTrail,
            MessageSource messages,
            Clock clock) {
        this.contracts = contracts;
        this.work = work;
        this.customers = customers;
        this.assets = assets;
        this.organization = organization;
        this.reception = reception;
        this.workOrders = workOrders;
        this.auditTrail = auditTrail;
        this.messages = messages;
        this.clock = clock;
    }

    /** Managers and HQ record a contract; its visits due by today open at once. */
    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public ServiceContractView create(NewServiceContract request) {
        StoreView store = findStore(request.storeId());
        if (!customers.isActive(request.customerId())) {
            throw new InvalidInputException("customerId", "serviceContract.unknownCustomer");
        }
        if (request.endsOn().isBefore(request.startsOn())) {
            throw new InvalidInputException("endsOn", "serviceContract.endsBeforeStart");
        }
        if (request.startsOn().plusYears(10).isBefore(request.endsOn())) {
            throw new InvalidInputException("endsOn", "serviceContract.tooLong");
        }
        if (!VISIT_TYPES.contains(request.visitType())) {
            throw new InvalidInputException("visitType", "serviceContract.visitTypeInvalid");
        }
        if (request.resolutionHours() < request.responseHours()) {
            throw new InvalidInputException("resolutionHours", "serviceContract.resolutionBeforeResponse");
        }
        if (contracts.existsByNumber(request.number().strip())) {
            throw new DuplicateException("number", "serviceContract.duplicateNumber");
        }
        List<ServiceContract.Covered> covered = new ArrayList<>();
        for (AssetId assetId : new java.util.LinkedHashSet<>(request.assetIds())) {
            AssetView asset = findAsset(assetId);
            if (!asset.customerId().equals(request.customerId())) {
                throw new InvalidInputException("assetIds", "serviceContract.assetOfAnotherCustomer", asset.label());
            }
            covered.add(new ServiceContract.Covered(asset.id().value(), asset.label()));
        }
        ServiceContract contract = contracts.saveAndFlush(new ServiceContract(
                CurrentUser.require().organizationId().value(),
                store.id().value(),
                request.customerId().value(),
                customers.nameOf(request.customerId()),
                request.number(),
                request.title(),
                covered,
                new ServiceContract.Terms(
                        request.startsOn(),
                        request.endsOn(),
                        request.visitEveryMonths(),
                        request.visitType(),
                        request.responseHours(),
                        request.resolutionHours(),
                        request.includedLabourHours(),
                        request.includedParts()),
                clock.instant()));
        auditTrail.record("CREATE", "ServiceContract", contract.id(), contract.number());
        openDueVisits(contract);
        return view(contract);
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public PagedResult<ServiceContractSummary> search(
            @Nullable CustomerId customerId, @Nullable String query, @Nullable Integer page, @Nullable Integer size) {
        LocalDate today = today(null);
        return PagedResult.of(
                contracts.search(
                        Identifier.valueOf(customerId),
                        SearchText.containing(query),
                        Paging.request(page, size, 25).withSort(Sort.by(Sort.Direction.DESC, "startsOn", "number"))),
                c -> new ServiceContractSummary(
                        new ServiceContractId(c.id()),
                        new StoreId(c.storeId()),
                        new CustomerId(c.customerId()),
                        c.customerName(),
                        c.number(),
                        c.title(),
                        c.startsOn(),
                        c.endsOn(),
                        c.visitEveryMonths(),
                        c.visitType(),
                        c.assets().size(),
                        c.coversDay(today)));
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public ServiceContractView get(ServiceContractId id) {
        return view(find(id));
    }

    /** Opens the contract's visits that are due by today and not opened yet; how many it opened. */
    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public int openDueVisits(ServiceContractId id) {
        return openDueVisits(find(id));
    }

    /** The scheduled run, inside one organisation: every contract running today opens what is due. */
    @PreAuthorize(RoleGroups.ADMINS)
    @Transactional
    public int openDueVisitsOfAll() {
        LocalDate today = today(null);
        int opened = 0;
        for (ServiceContract contract : contracts.runningBetween(today.minusDays(1), today)) {
            opened += openDueVisits(contract);
        }
        return opened;
    }

    /**
     * A call under the contract (a breakdown reported): a work order for the covered asset, repair in the workshop or
     * on site as the contract's visits are, with the SLA clock started now.
     */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public ContractWorkView reportCall(ServiceContractId id, AssetId assetId, String complaint) {
        ServiceContract contract = find(id);
        ServiceContract.Covered asset = contract.assets().stream()
                .filter(a -> a.assetId().equals(assetId.value()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("assetId", "serviceContract.notCovered"));
        Instant now = clock.instant();
        if (!contract.coversDay(today(new StoreId(contract.storeId())))) {
            throw new DomainException(
                    "not-running", "serviceContract.notRunning", contract.startsOn(), contract.endsOn());
        }
        WorkOrderView order = reception.receive(newWorkOrder(
                contract,
                asset.assetId(),
                contract.visitType() == ServiceType.ON_SITE ? ServiceType.ON_SITE : ServiceType.REPAIR,
                complaint.strip()));
        ContractWork call = work.saveAndFlush(ContractWork.call(
                contract,
                asset.assetId(),
                order.header().id().value(),
                order.header().number(),
                now));
        auditTrail.record(
                "CALL", "ServiceContract", contract.id(), order.header().number());
        return workView(call, contract, order, now);
    }

    /**
     * Opens the visits due by today that have no work order yet. Most runs find none and stop there; the customer and
     * the assets' owners are read only for what is missing (an asset that changed hands is not visited).
     */
    private int openDueVisits(ServiceContract contract) {
        Set<String> opened = work.findByServiceContractIdOrderByReportedAt(contract.id()).stream()
                .filter(w -> w.kind() == ContractWorkKind.VISIT)
                .map(w -> w.assetId() + "@" + w.dueOn())
                .collect(Collectors.toCollection(HashSet::new));
        List<LocalDate> due = contract.visitDaysUntil(today(new StoreId(contract.storeId())));
        boolean missing = due.stream()
                .anyMatch(day -> contract.assets().stream().anyMatch(a -> !opened.contains(a.assetId() + "@" + day)));
        if (!missing || !customers.isActive(new CustomerId(contract.customerId()))) {
            return 0;
        }
        Map<UUID, Boolean> owned = new HashMap<>();
        Instant now = clock.instant();
        int count = 0;
        for (int i = 0; i < due.size(); i++) {
            LocalDate day = due.get(i);
            for (ServiceContract.Covered asset : contract.assets()) {
                if (opened.contains(asset.assetId() + "@" + day)
                        || !owned.computeIfAbsent(asset.assetId(), id -> stillOwned(contract, id))) {
                    continue;
                }
                String complaint = messages.getMessage(
                        "serviceContract.visitComplaint",
                        new Object[] {contract.number(), i + 1, day.toString()},
                        TEXT_LOCALE);
                WorkOrderView order =
                        reception.receive(newWorkOrder(contract, asset.assetId(), contract.visitType(), complaint));
                work.save(ContractWork.visit(
                        contract,
                        asset.assetId(),
                        day,
                        order.header().id().value(),
                        order.header().number(),
                        now));
                count++;
            }
        }
        if (count > 0) {
            work.flush();
            auditTrail.record("OPEN_VISITS", "ServiceContract", contract.id(), String.valueOf(count));
        }
        return count;
    }

    private boolean stillOwned(ServiceContract contract, UUID assetId) {
        return assets.get(new AssetId(assetId)).customerId().value().equals(contract.customerId());
    }

    private static NewWorkOrder newWorkOrder(
            ServiceContract contract, UUID assetId, ServiceType type, String complaint) {
        return new NewWorkOrder(
                new StoreId(contract.storeId()),
                new CustomerId(contract.customerId()),
                new AssetId(assetId),
                type,
                complaint,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private ServiceContractView view(ServiceContract contract) {
        Instant now = clock.instant();
        List<ContractWorkView> visits = new ArrayList<>();
        List<ContractWorkView> calls = new ArrayList<>();
        BigDecimal labour = BigDecimal.ZERO;
        BigDecimal parts = BigDecimal.ZERO;
        for (ContractWork item : work.findByServiceContractIdOrderByReportedAt(contract.id())) {
            WorkOrderView order = workOrders.get(new WorkOrderId(item.workOrderId()));
            ContractWorkView view = workView(item, contract, order, now);
            (item.kind() == ContractWorkKind.VISIT ? visits : calls).add(view);
            if (order.header().status() == WorkOrderStatus.CANCELLED) {
                continue;
            }
            for (WorkOrderView.LineView line : order.estimate().lines()) {
                if (line.decision() == LineDecision.DECLINED) {
                    continue;
                }
                if (line.kind() == LineKind.LABOR) {
                    labour = labour.add(line.quantity());
                } else if (line.kind() == LineKind.PART) {
                    parts = parts.add(line.amount());
                }
            }
        }
        return new ServiceContractView(
                new ServiceContractId(contract.id()),
                new StoreId(contract.storeId()),
                new CustomerId(contract.customerId()),
                contract.customerName(),
                contract.number(),
                contract.title(),
                contract.startsOn(),
                contract.endsOn(),
                contract.visitEveryMonths(),
                contract.visitType(),
                contract.responseHours(),
                contract.resolutionHours(),
                contract.includedLabourHours(),
                contract.includedParts(),
                contract.assets().stream()
                        .map(a -> new ServiceContractView.CoveredAsset(new AssetId(a.assetId()), a.assetLabel()))
                        .toList(),
                visits,
                calls,
                labour,
                parts,
                contract.createdAt(),
                contract.version());
    }

    /** The SLA clock of a call: work started when the job first went in progress, finished when it was completed. */
    private static ContractWorkView workView(
            ContractWork item, ServiceContract contract, WorkOrderView order, Instant now) {
        String label = contract.assets().stream()
                .filter(a -> a.assetId().equals(item.assetId()))
                .map(ServiceContract.Covered::assetLabel)
                .findFirst()
                .orElse("");
        Instant respondedAt = order.history().stream()
                .filter(h -> h.to() == WorkOrderStatus.IN_PROGRESS)
                .map(h -> h.at())
                .findFirst()
                .orElse(null);
        Instant resolvedAt = order.workshop().completedAt();
        boolean cancelled = order.header().status() == WorkOrderStatus.CANCELLED;
        return new ContractWorkView(
                item.kind(),
                new AssetId(item.assetId()),
                label,
                item.dueOn(),
                new WorkOrderId(item.workOrderId()),
                item.workOrderNumber(),
                order.header().status(),
                item.reportedAt(),
                item.respondBy(),
                respondedAt,
                item.resolveBy(),
                resolvedAt,
                !cancelled && late(item.respondBy(), respondedAt, now),
                !cancelled && late(item.resolveBy(), resolvedAt, now));
    }

    /** Done after the deadline, or not done and the deadline has passed. */
    private static boolean late(@Nullable Instant deadline, @Nullable Instant done, Instant now) {
        return deadline != null && (done != null ? done.isAfter(deadline) : now.isAfter(deadline));
    }

    private LocalDate today(@Nullable StoreId storeId) {
        return LocalDate.now(clock.withZone(organization.zoneOf(storeId)));
    }

    private ServiceContract find(ServiceContractId id) {
        return contracts.findById(id.value()).orElseThrow(() -> new NotFoundException("serviceContract", id));
    }

    private StoreView findStore(StoreId storeId) {
        if (!CurrentUser.require().canSeeStore(storeId)) {
            throw new InvalidInputException("storeId", "serviceContract.unknownStore");
        }
        try {
            return organization.store(storeId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("storeId", "serviceContract.unknownStore");
        }
    }

    private AssetView findAsset(AssetId assetId) {
        try {
            return assets.get(assetId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("assetIds", "serviceContract.unknownAsset");
        }
    }
}
