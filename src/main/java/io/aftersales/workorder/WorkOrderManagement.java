package io.aftersales.workorder;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.Image;
import io.aftersales.shared.Labels;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.workorder.domain.WorkOrderMonths;
import io.aftersales.workorder.domain.WorkOrderRepository;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading work orders: one, a filtered page, the board, a technician's jobs, comebacks, the monthly figures. The steps
 * of the lane are in {@link WorkOrderReception}, {@link WorkOrderEstimates}, {@link WorkOrderWorkshop},
 * {@link WorkOrderDelivery} and {@link WorkOrderPhotos}. Work orders of stores the user is not assigned to are not
 * found (the store-visibility filter).
 */
@Service
public class WorkOrderManagement {

    private static final Set<String> SORTS = Set.of("createdAt", "number", "promisedAt", "status");
    private static final Set<WorkOrderStatus> ON_BOARD =
            EnumSet.complementOf(EnumSet.of(WorkOrderStatus.DELIVERED, WorkOrderStatus.CANCELLED));
    private static final Set<WorkOrderStatus> CREWED = EnumSet.of(
            WorkOrderStatus.DISPATCHED,
            WorkOrderStatus.IN_PROGRESS,
            WorkOrderStatus.ON_HOLD,
            WorkOrderStatus.QUALITY_CHECK);

    private final WorkOrderRepository workOrders;
    private final WorkOrderSteps steps;
    private final WorkOrderMonths months;
    private final WorkOrderProperties properties;
    private final Labels labels;
    private final Clock clock;

    WorkOrderManagement(
            WorkOrderRepository workOrders,
            WorkOrderSteps steps,
            WorkOrderMonths months,
            WorkOrderProperties properties,
            Clock clock,
            Labels labels) {
        this.labels = labels;
        this.workOrders = workOrders;
        this.steps = steps;
        this.months = months;
        this.properties = properties;
        this.clock = clock;
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public WorkOrderView get(WorkOrderId id) {
        return steps.view(steps.find(id));
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public PagedResult<WorkOrderSummary> search(
            WorkOrderFilter filter, @Nullable Integer page, @Nullable Integer size, @Nullable String sort) {
        Instant now = clock.instant();
        return PagedResult.of(
                workOrders.search(
                        Identifier.valueOf(filter.storeId()),
                        filter.status(),
                        Identifier.valueOf(filter.advisorId()),
                        Identifier.valueOf(filter.technicianId()),
                        Identifier.valueOf(filter.assetId()),
                        Identifier.valueOf(filter.customerId()),
                        filter.serviceType(),
                        filter.from(),
                        filter.to(),
                        Paging.request(page, size, sort, SORTS, Sort.by(Sort.Direction.DESC, "createdAt"))),
                order -> order.toSummary(now));
    }

    /** The store of each vehicle's or machine's latest work order, for those that have one (one statement). */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<AssetId, StoreId> latestStores(Collection<AssetId> assetIds) {
        Map<AssetId, StoreId> stores = new HashMap<>();
        if (!assetIds.isEmpty()) {
            for (Object[] row : workOrders.storesOfAssetsNewestFirst(
                    assetIds.stream().map(AssetId::value).toList())) {
                stores.putIfAbsent(new AssetId((UUID) row[0]), new StoreId((UUID) row[1]));
            }
        }
        return stores;
    }

    /** How many open work orders (not yet delivered or cancelled) each of these customers has; none are left out. */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<CustomerId, Long> openCounts(Collection<CustomerId> customerIds) {
        Map<CustomerId, Long> counts = new HashMap<>();
        if (!customerIds.isEmpty()) {
            for (Object[] row : workOrders.countByCustomer(
                    customerIds.stream().map(CustomerId::value).toList(), ON_BOARD)) {
                counts.put(new CustomerId((UUID) row[0]), (Long) row[1]);
            }
        }
        return counts;
    }

    /** The work orders of a filter as an XLSX sheet, one row each, with their amounts. */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public void export(WorkOrderFilter filter, OutputStream out) {
        List<List<?>> rows = new ArrayList<>();
        for (WorkOrderSummary w : PagedResult.allPages(page -> search(filter, page, Paging.MAX_SIZE, null))) {
            rows.add(Arrays.asList(
                    w.number(),
                    w.createdAt().toString(),
                    w.assetLabel(),
                    w.customerName(),
                    labels.of("workOrder.type.", w.serviceType()),
                    labels.of("workOrder.status.", w.status()),
                    w.complaint(),
                    w.amountDue(),
                    w.comebackOf() == null ? null : labels.text("workOrder.comeback")));
        }
        Spreadsheets.writeXlsx(
                out,
                labels.text("nav.workOrders"),
                labels.texts(
                        "workOrder.number",
                        "workOrder.receivedAt",
                        "workOrder.asset",
                        "workOrder.customer",
                        "workOrder.serviceType",
                        "common.status",
                        "workOrder.complaint",
                        "workOrder.amountDue",
                        "workOrder.comeback"),
                rows);
    }

    /** The board (看板): a store's work orders that are still in the workshop. */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<WorkOrderSummary> board(StoreId storeId) {
        Instant now = clock.instant();
        return workOrders.findByStoreAndStatusIn(Identifier.valueOf(storeId), ON_BOARD).stream()
                .map(order -> order.toSummary(now))
                .toList();
    }

    /**
     * Work orders received, delivered and cancelled and the output value per store and month (both months included),
     * from the dashboard projection: every store the user sees, or the one given.
     */
    @PreAuthorize(RoleGroups.FIGURES)
    @Transactional(readOnly = true)
    public List<StoreMonth> monthlyFigures(YearMonth from, YearMonth to, @Nullable StoreId storeId) {
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "workOrder.monthsReversed");
        }
        if (from.plusYears(10).isBefore(to)) {
            throw new InvalidInputException("to", "workOrder.monthsTooMany");
        }
        SignedInUser user = CurrentUser.require();
        List<StoreId> stores = storeId != null
                ? (user.canSeeStore(storeId) ? List.of(storeId) : List.of())
                : (user.seesAllStores() ? null : user.storeIds());
        return months.figures(
                user.organizationId().value(),
                from,
                to,
                stores == null ? null : stores.stream().map(StoreId::value).toList());
    }

    /**
     * Each month from {@code from} to {@code to} (both included, months without work orders too), the figures of every
     * store the user sees or of the one given, summed, beside the same month a year before.
     */
    @PreAuthorize(RoleGroups.FIGURES)
    @Transactional(readOnly = true)
    public List<MonthComparison> monthlyComparison(YearMonth from, YearMonth to, @Nullable StoreId storeId) {
        return MonthComparison.compare(
                from,
                to,
                monthlyFigures(from, to, storeId),
                monthlyFigures(from.minusYears(1), to.minusYears(1), storeId));
    }

    /** The signed-in technician's jobs, led or helped on, for the phone page. */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<WorkOrderView> myJobs() {
        Instant now = clock.instant();
        return workOrders.findCrewedBy(CurrentUser.require().userId().value(), CREWED).stream()
                .map(order -> order.toView(now))
                .toList();
    }

    /**
     * The quality-check queue (质检队列): the store's jobs in quality check, those still to be checked before those
     * passed and waiting for the final test, each longest waiting first.
     */
    @PreAuthorize(RoleGroups.QUALITY_CHECK)
    @Transactional(readOnly = true)
    public List<QualityCheckJob> qualityCheckQueue(StoreId storeId) {
        Instant now = clock.instant();
        return workOrders
                .findByStoreAndStatusIn(Identifier.valueOf(storeId), Set.of(WorkOrderStatus.QUALITY_CHECK))
                .stream()
                .map(order -> QualityCheckJob.of(order.toView(now)))
                .sorted(Comparator.comparing(QualityCheckJob::passed).thenComparing(QualityCheckJob::waitingSince))
                .toList();
    }

    /**
     * The clock-ins on the store's jobs that began in the period, for attendance: everyone's for managers and finance,
     * the caller's own for anyone else.
     */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ClockIn> clockIns(StoreId storeId, Instant from, Instant to) {
        SignedInUser user = CurrentUser.require();
        boolean everyone = user.isManager() || user.hasRole(io.aftersales.shared.security.Role.FINANCE);
        return workOrders.findClockIns(Identifier.valueOf(storeId), from, to).stream()
                .map(row -> new ClockIn(new UserId((UUID) row[0]), (Instant) row[1], (Instant) row[2]))
                .filter(clockIn -> everyone || clockIn.technicianId().equals(user.userId()))
                .toList();
    }

    /**
     * The payments received in the period on the store's work orders (with tax, as the cash came in), each credited
     * to the job's advisor and to its lead technician.
     */
    @PreAuthorize(RoleGroups.FIGURES)
    @Transactional(readOnly = true)
    public Collected collected(StoreId storeId, Instant from, Instant to) {
        Map<UserId, BigDecimal> byAdvisor = new HashMap<>();
        Map<UserId, BigDecimal> byLead = new HashMap<>();
        for (Object[] row : workOrders.sumPayments(Identifier.valueOf(storeId), from, to)) {
            BigDecimal amount = (BigDecimal) row[2];
            byAdvisor.merge(new UserId((UUID) row[0]), amount, BigDecimal::add);
            if (row[1] != null) {
                byLead.merge(new UserId((UUID) row[1]), amount, BigDecimal::add);
            }
        }
        return new Collected(byAdvisor, byLead);
    }

    /** Payments received, summed per advisor and per lead technician of the jobs. */
    public record Collected(Map<UserId, BigDecimal> byAdvisor, Map<UserId, BigDecimal> byLead) {}

    /** Comebacks of a job: later work orders linked to it. */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<WorkOrderSummary> comebacksOf(WorkOrderId id) {
        steps.find(id);
        Instant now = clock.instant();
        return workOrders.findComebacksOf(id.value()).stream()
                .map(order -> order.toSummary(now))
                .toList();
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Image> signature(WorkOrderId id) {
        return Image.pngFromDataUri(steps.find(id).signature());
    }

    public Map<String, WorkOrderProperties.JobTemplate> jobTemplates() {
        return properties.jobTemplates();
    }
}
