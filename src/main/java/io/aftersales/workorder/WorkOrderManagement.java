package io.aftersales.workorder;

import io.aftersales.asset.AssetManagement;
import io.aftersales.asset.AssetView;
import io.aftersales.asset.WarrantyAnswer;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.inventory.PartCatalogue;
import io.aftersales.inventory.PartView;
import io.aftersales.inventory.ReservationView;
import io.aftersales.inventory.StockManagement;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.workorder.domain.Actor;
import io.aftersales.workorder.domain.Comebacks;
import io.aftersales.workorder.domain.Photo;
import io.aftersales.workorder.domain.PhotoRepository;
import io.aftersales.workorder.domain.WorkOrder;
import io.aftersales.workorder.domain.WorkOrderMonths;
import io.aftersales.workorder.domain.WorkOrderNumbers;
import io.aftersales.workorder.domain.WorkOrderRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service lane. Every action names the version the caller read (a stale one is refused with 409), is checked by
 * the work order itself, recorded in its history and in the audit trail. Work orders of stores the user is not
 * assigned to are not found (the store-visibility filter).
 */
@Service
public class WorkOrderManagement {

    static final String DESK = "hasAnyRole('ADMIN','HQ','STORE_MANAGER','SERVICE_ADVISOR')";
    static final String WORKSHOP = "hasAnyRole('ADMIN','HQ','STORE_MANAGER','SERVICE_ADVISOR','TECHNICIAN')";
    static final String CASHIER = "hasAnyRole('ADMIN','HQ','STORE_MANAGER','SERVICE_ADVISOR','FINANCE')";

    private static final Set<String> SORTS = Set.of("createdAt", "number", "promisedAt", "status");
    private static final Set<WorkOrderStatus> ON_BOARD =
            EnumSet.complementOf(EnumSet.of(WorkOrderStatus.DELIVERED, WorkOrderStatus.CANCELLED));
    private static final Set<WorkOrderStatus> FINISHED =
            EnumSet.of(WorkOrderStatus.COMPLETED, WorkOrderStatus.SETTLED, WorkOrderStatus.DELIVERED);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The estimate as the customer sees it through the link, with what to call the work order by. */
    public record ApprovalPage(WorkOrderView workOrder, String storeName) {}

    /** A photo's bytes and type, for serving. */
    public record PhotoContent(String contentType, byte[] data) {}

    /** A photo as listed on a work order. */
    public record PhotoView(
            UUID id, PhotoStage stage, @Nullable String caption, Instant createdAt) {}

    private final WorkOrderRepository workOrders;
    private final PhotoRepository photos;
    private final WorkOrderNumbers numbers;
    private final WorkOrderMonths months;
    private final Comebacks comebacks;
    private final CustomerManagement customers;
    private final AssetManagement assets;
    private final OrganizationManagement organization;
    private final WorkOrderProperties properties;
    private final PartCatalogue parts;
    private final StockManagement stock;
    private final io.aftersales.inventory.ToolManagement tools;
    private final AuditTrail auditTrail;
    private final Clock clock;

    WorkOrderManagement(
            WorkOrderRepository workOrders,
            PhotoRepository photos,
            WorkOrderNumbers numbers,
            WorkOrderMonths months,
            Comebacks comebacks,
            CustomerManagement customers,
            AssetManagement assets,
            OrganizationManagement organization,
            WorkOrderProperties properties,
            PartCatalogue parts,
            StockManagement stock,
            io.aftersales.inventory.ToolManagement tools,
            AuditTrail auditTrail,
            Clock clock) {
        this.workOrders = workOrders;
        this.photos = photos;
        this.numbers = numbers;
        this.months = months;
        this.comebacks = comebacks;
        this.customers = customers;
        this.assets = assets;
        this.organization = organization;
        this.properties = properties;
        this.parts = parts;
        this.stock = stock;
        this.tools = tools;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    // Reception.

    /**
     * Reception (接车). The asset must belong to the customer; its warranty at this date and mileage is recorded; a
     * repair on the same asset within the comeback window of an earlier finished job is linked to it.
     */
    @PreAuthorize(DESK)
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
        Instant now = clock.instant();
        ZoneId zone = ZoneId.of(store.timeZone());
        LocalDate today = LocalDate.ofInstant(now, zone);
        WarrantyAnswer warranty = assets.warranty(asset.id(), today, request.mileage());
        if (request.mileage() != null && (asset.mileage() == null || request.mileage() > asset.mileage())) {
            assets.recordMileage(asset.id(), request.mileage(), now, "RECEPTION");
        }
        UUID comebackOf = comebackOf(request, now);
        WorkOrder order = new WorkOrder(
                user.organizationId(),
                numbers.next(store.id(), store.code(), today),
                request,
                customers.nameOf(request.customerId()),
                asset.label(),
                warranty.covered(),
                warranty.reason(),
                properties.taxRateOrDefault(),
                properties.inspectionFor(request.serviceType()),
                comebackOf,
                actor(),
                now);
        order.grantLabourDiscount(customers.tierOf(request.customerId()).labourDiscountPercent());
        workOrders.saveAndFlush(order);
        months.received(user.organizationId(), store.id(), today);
        auditTrail.record(
                "RECEIVE", "WorkOrder", order.id(), order.toSummary(now).number());
        return order.toView(now);
    }

    /**
     * A rework job (返工) for a finished work order, opened on behalf of a complaint: a repair of the same asset for
     * the same customer at the same store, linked to the original as its comeback.
     */
    @PreAuthorize(DESK)
    @Transactional
    public WorkOrderView openRework(UUID originalId, String complaint) {
        WorkOrder original = find(originalId);
        WorkOrderView view = original.toView(clock.instant());
        if (!FINISHED.contains(view.status())) {
            throw new DomainException(
                    "illegal-transition",
                    "workOrder.illegalTransition",
                    "rework",
                    view.status().name());
        }
        return receive(new NewWorkOrder(
                view.storeId(),
                view.customerId(),
                view.assetId(),
                ServiceType.REPAIR,
                complaint,
                null,
                null,
                null,
                null,
                null,
                original.id()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public WorkOrderView get(UUID id) {
        return view(find(id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PagedResult<WorkOrderSummary> search(
            WorkOrderFilter filter, @Nullable Integer page, @Nullable Integer size, @Nullable String sort) {
        Instant now = clock.instant();
        return PagedResult.of(
                workOrders.search(
                        filter.storeId(),
                        filter.status(),
                        filter.advisorId(),
                        filter.technicianId(),
                        filter.assetId(),
                        filter.customerId(),
                        filter.serviceType(),
                        filter.from(),
                        filter.to(),
                        Paging.request(page, size, sort, SORTS, Sort.by(Sort.Direction.DESC, "createdAt"))),
                order -> order.toSummary(now));
    }

    /** The work orders of a filter as an XLSX sheet, one row each, with their amounts. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void export(WorkOrderFilter filter, java.io.OutputStream out) {
        List<List<?>> rows = new ArrayList<>();
        for (WorkOrderSummary w : PagedResult.allPages(page -> search(filter, page, Paging.MAX_SIZE, null))) {
            rows.add(java.util.Arrays.asList(
                    w.number(),
                    w.createdAt().toString(),
                    w.assetLabel(),
                    w.customerName(),
                    w.serviceType().name(),
                    w.status().name(),
                    w.complaint(),
                    w.amountDue(),
                    w.comebackOf() == null ? null : w.comebackOf().toString()));
        }
        io.aftersales.shared.Spreadsheets.writeXlsx(
                out,
                "work-orders",
                List.of(
                        "number",
                        "receivedAt",
                        "asset",
                        "customer",
                        "serviceType",
                        "status",
                        "complaint",
                        "amountDue",
                        "comebackOf"),
                rows);
    }

    /** The board (看板): a store's work orders that are still in the workshop. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WorkOrderSummary> board(UUID storeId) {
        Instant now = clock.instant();
        return workOrders.findByStoreAndStatusIn(storeId, ON_BOARD).stream()
                .map(order -> order.toSummary(now))
                .toList();
    }

    /**
     * Work orders received, delivered and cancelled and the output value per store and month (both months included),
     * from the dashboard projection: every store the user sees, or the one given.
     */
    @PreAuthorize("hasAnyRole('ADMIN','HQ','STORE_MANAGER','FINANCE')")
    @Transactional(readOnly = true)
    public List<StoreMonth> monthlyFigures(YearMonth from, YearMonth to, @Nullable UUID storeId) {
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "workOrder.monthsReversed");
        }
        if (from.plusYears(10).isBefore(to)) {
            throw new InvalidInputException("to", "workOrder.monthsTooMany");
        }
        SignedInUser user = CurrentUser.require();
        List<UUID> stores = storeId != null
                ? (user.canSeeStore(storeId) ? List.of(storeId) : List.of())
                : (user.seesAllStores() ? null : user.storeIds());
        return months.figures(user.organizationId(), from, to, stores);
    }

    /** The signed-in technician's jobs, led or helped on, for the phone page. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WorkOrderView> myJobs() {
        Instant now = clock.instant();
        return workOrders
                .findCrewedBy(
                        CurrentUser.require().userId(),
                        EnumSet.of(
                                WorkOrderStatus.DISPATCHED,
                                WorkOrderStatus.IN_PROGRESS,
                                WorkOrderStatus.ON_HOLD,
                                WorkOrderStatus.QUALITY_CHECK))
                .stream()
                .map(order -> order.toView(now))
                .toList();
    }

    /** Comebacks of a job: later work orders linked to it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WorkOrderSummary> comebacksOf(UUID id) {
        find(id);
        Instant now = clock.instant();
        return workOrders.findComebacksOf(id).stream()
                .map(order -> order.toSummary(now))
                .toList();
    }

    public java.util.Map<String, WorkOrderProperties.JobTemplate> jobTemplates() {
        return properties.jobTemplatesOrEmpty();
    }

    // Inspection and plan.

    @PreAuthorize(WORKSHOP)
    @Transactional
    public WorkOrderView recordInspection(UUID id, long version, List<InspectionResult> results) {
        return act(id, version, "INSPECT", order -> order.recordInspection(results, clock.instant()));
    }

    @PreAuthorize(WORKSHOP)
    @Transactional
    public WorkOrderView plan(
            UUID id, long version, @Nullable String mainProblem, @Nullable String steps, List<String> toBring) {
        List<String> items = toBring.stream()
                .filter(item -> !item.isBlank())
                .map(String::trim)
                .toList();
        return act(id, version, "PLAN", order -> order.plan(mainProblem, steps, items, clock.instant()));
    }

    /**
     * Copies the store's on-site tool kit (tools of the category {@code aftersales.workorder.on-site-kit}) into the
     * plan's checklist, so that an on-site job leaves only with every one of them ticked.
     */
    @PreAuthorize(WORKSHOP)
    @Transactional
    public WorkOrderView copyToolKit(UUID id, long version) {
        WorkOrder order = find(id);
        WorkOrderView view = order.toView(clock.instant());
        List<String> items = new ArrayList<>(view.checklist().stream()
                .map(WorkOrderView.ChecklistItemView::item)
                .toList());
        for (io.aftersales.inventory.ToolView tool :
                tools.search(order.storeId(), null, false, 0, 200).items()) {
            String item = tool.assetTag() + " " + tool.name();
            if (properties.onSiteKitOrDefault().equals(tool.category()) && !items.contains(item)) {
                items.add(item);
            }
        }
        return act(id, version, "PLAN", o -> o.plan(view.mainProblem(), view.plannedSteps(), items, clock.instant()));
    }

    @PreAuthorize(WORKSHOP)
    @Transactional
    public WorkOrderView tickChecklist(UUID id, long version, List<Integer> ticked) {
        return act(id, version, "TICK", order -> order.tickChecklist(ticked, clock.instant()));
    }

    // Estimate and approval.

    @PreAuthorize(DESK)
    @Transactional
    public WorkOrderView addLine(UUID id, @Nullable Long version, NewLine line) {
        NewLine described = fromCatalogue(line);
        return act(
                id, version, "ADD_LINE", order -> reserve(order, order.addLine(described, actor(), clock.instant())));
    }

    @PreAuthorize(DESK)
    @Transactional
    public WorkOrderView addTemplate(UUID id, long version, String templateCode) {
        WorkOrderProperties.JobTemplate template =
                properties.jobTemplatesOrEmpty().get(templateCode);
        if (template == null) {
            throw new InvalidInputException("template", "workOrder.unknownTemplate");
        }
        return act(id, version, "ADD_TEMPLATE", order -> {
            Actor actor = actor();
            template.lines()
                    .forEach(line -> reserve(order, order.addLine(fromCatalogue(line), actor, clock.instant())));
        });
    }

    @PreAuthorize(DESK)
    @Transactional
    public WorkOrderView removeLine(UUID id, long version, UUID lineId) {
        return act(id, version, "REMOVE_LINE", order -> {
            order.removeLine(lineId, clock.instant());
            stock.releaseLines(id, List.of(lineId));
        });
    }

    @PreAuthorize(DESK)
    @Transactional
    public WorkOrderView estimate(UUID id, long version) {
        return act(id, version, "ESTIMATE", order -> order.estimate(actor(), clock.instant()));
    }

    /** The customer's decision taken at the desk. */
    @PreAuthorize(DESK)
    @Transactional
    public WorkOrderView approve(
            UUID id, long version, List<UUID> approvedLineIds, List<UUID> declinedLineIds, String approvedBy) {
        return act(id, version, "APPROVE", order -> {
            order.approve(approvedLineIds, declinedLineIds, approvedBy, ApprovalChannel.DESK, actor(), clock.instant());
            stock.releaseLines(id, declinedLineIds);
        });
    }

    /**
     * A link for the customer to approve the estimate without signing in. The token is random and only its hash is
     * stored; it works until it expires or the estimate is decided.
     *
     * @return the token to put in the link
     */
    @PreAuthorize(DESK)
    @Transactional
    public String issueApprovalLink(UUID id, long version) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        act(
                id,
                version,
                "SEND_ESTIMATE",
                order -> order.issueApprovalLink(hash(token), now.plus(properties.approvalLinkTtlOrDefault()), now));
        return token;
    }

    /** The organisation and work order a link token belongs to, if it is known (expired or not). */
    @Transactional(readOnly = true)
    public Optional<UUID[]> resolveApprovalToken(String token) {
        return workOrders.findByApprovalTokenHash(hash(token)).map(pair -> {
            String[] parts = pair.split("/");
            return new UUID[] {UUID.fromString(parts[0]), UUID.fromString(parts[1])};
        });
    }

    /** The estimate behind a valid link; runs inside the link's organisation (see the web controller). */
    @Transactional(readOnly = true)
    public ApprovalPage approvalPage(UUID id, String token) {
        WorkOrder order = byToken(id, token);
        WorkOrderView view = order.toView(clock.instant());
        return new ApprovalPage(view, organization.store(view.storeId()).name());
    }

    @Transactional
    public WorkOrderView approveByLink(
            UUID id, String token, List<UUID> approvedLineIds, List<UUID> declinedLineIds, String approvedBy) {
        WorkOrder order = byToken(id, token);
        Instant now = clock.instant();
        order.approve(
                approvedLineIds,
                declinedLineIds,
                approvedBy,
                ApprovalChannel.LINK,
                new Actor(null, approvedBy.trim(), false),
                now);
        stock.releaseLines(id, declinedLineIds);
        workOrders.saveAndFlush(order);
        auditTrail.record("APPROVE_BY_LINK", "WorkOrder", id, approvedBy);
        return order.toView(now);
    }

    // Dispatch and work.

    /** Dispatch (派工): the lead and the helpers must be active technicians of the work order's store. */
    @PreAuthorize(DESK)
    @Transactional
    public WorkOrderView dispatch(
            UUID id, long version, UUID leadTechnicianId, List<UUID> assistantIds, @Nullable String bay) {
        WorkOrder order = find(id);
        List<UUID> crew = new ArrayList<>(assistantIds);
        crew.add(leadTechnicianId);
        List<StaffMember> members = organization.staff(crew);
        for (UUID member : crew) {
            boolean technicianHere = members.stream()
                    .anyMatch(m -> m.id().equals(member)
                            && m.active()
                            && m.has(Role.TECHNICIAN)
                            && m.worksAt(order.storeId()));
            if (!technicianHere) {
                throw new InvalidInputException(
                        member.equals(leadTechnicianId) ? "leadTechnicianId" : "assistantIds",
                        "workOrder.notATechnicianHere");
            }
        }
        return act(
                id,
                version,
                "DISPATCH",
                o -> o.dispatch(
                        leadTechnicianId,
                        List.copyOf(new java.util.LinkedHashSet<>(assistantIds)),
                        bay,
                        actor(),
                        clock.instant()));
    }

    @PreAuthorize(WORKSHOP)
    @Transactional
    public WorkOrderView start(UUID id, long version) {
        return act(id, version, "START", order -> order.start(actor(), clock.instant()));
    }

    @PreAuthorize(WORKSHOP)
    @Transactional
    public WorkOrderView hold(UUID id, long version, String reason) {
        return act(id, version, "HOLD", order -> order.hold(reason, actor(), clock.instant()));
    }

    @PreAuthorize(WORKSHOP)
    @Transactional
    public WorkOrderView resume(UUID id, long version) {
        return act(id, version, "RESUME", order -> order.resume(actor(), clock.instant()));
    }

    /** The signed-in technician clocks on a job of this work order (or on the work order as a whole). */
    @PreAuthorize(WORKSHOP)
    @Transactional
    public WorkOrderView clockOn(UUID id, long version, @Nullable UUID lineId) {
        return act(
                id,
                version,
                "CLOCK_ON",
                order -> order.clockOn(CurrentUser.require().userId(), lineId, clock.instant()));
    }

    @PreAuthorize(WORKSHOP)
    @Transactional
    public WorkOrderView clockOff(UUID id, long version) {
        return act(
                id,
                version,
                "CLOCK_OFF",
                order -> order.clockOff(CurrentUser.require().userId(), clock.instant()));
    }

    @PreAuthorize(WORKSHOP)
    @Transactional
    public WorkOrderView log(UUID id, long version, String text, @Nullable UUID lineId, @Nullable String rootCause) {
        return act(id, version, "LOG", order -> order.log(text, lineId, rootCause, actor(), clock.instant()));
    }

    // Quality check, final test, settlement, delivery, cancellation.

    @PreAuthorize(WORKSHOP)
    @Transactional
    public WorkOrderView submitForQualityCheck(UUID id, long version) {
        return act(id, version, "SUBMIT_FOR_QC", order -> order.submitForQualityCheck(actor(), clock.instant()));
    }

    @PreAuthorize(WORKSHOP)
    @Transactional
    public WorkOrderView passQualityCheck(UUID id, long version, @Nullable String note) {
        return act(id, version, "PASS_QC", order -> order.passQualityCheck(note, actor(), clock.instant()));
    }

    @PreAuthorize(WORKSHOP)
    @Transactional
    public WorkOrderView failQualityCheck(UUID id, long version, String reason) {
        return act(id, version, "FAIL_QC", order -> order.failQualityCheck(reason, actor(), clock.instant()));
    }

    @PreAuthorize(WORKSHOP)
    @Transactional
    public WorkOrderView complete(UUID id, long version, @Nullable String finalTest) {
        return act(id, version, "COMPLETE", order -> {
            order.complete(finalTest, actor(), clock.instant());
            stock.issueWorkOrder(id);
        });
    }

    @PreAuthorize(CASHIER)
    @Transactional
    public WorkOrderView settle(UUID id, long version, List<PaymentLine> payments) {
        return act(id, version, "SETTLE", order -> order.settle(payments, actor(), clock.instant()));
    }

    @PreAuthorize(DESK)
    @Transactional
    public WorkOrderView deliver(UUID id, long version, String signedBy, @Nullable String signature) {
        if (signature != null && !signature.isBlank() && !signature.startsWith("data:image/png;base64,")) {
            throw new InvalidInputException("signature", "workOrder.signatureNotPng");
        }
        WorkOrderView view =
                act(id, version, "DELIVER", order -> order.deliver(signedBy, signature, actor(), clock.instant()));
        months.delivered(
                CurrentUser.require().organizationId(), view.storeId(), storeDay(view.storeId()), view.amountDue());
        return view;
    }

    @PreAuthorize(DESK)
    @Transactional
    public WorkOrderView cancel(UUID id, long version, String reason) {
        WorkOrderView view = act(id, version, "CANCEL", order -> {
            order.cancel(reason, actor(), clock.instant());
            stock.releaseWorkOrder(id);
        });
        months.cancelled(CurrentUser.require().organizationId(), view.storeId(), storeDay(view.storeId()));
        return view;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public @Nullable String signature(UUID id) {
        return find(id).signature();
    }

    // Photos.

    @PreAuthorize(WORKSHOP)
    @Transactional
    public PhotoView addPhoto(UUID id, PhotoStage stage, @Nullable String caption, String contentType, byte[] data) {
        WorkOrder order = find(id);
        if (!contentType.equals("image/jpeg")
                && !contentType.equals("image/png")
                && !contentType.equals("image/webp")) {
            throw new InvalidInputException("photo", "workOrder.photoType");
        }
        if (data.length == 0 || data.length > 5 * 1024 * 1024) {
            throw new InvalidInputException("photo", "workOrder.photoSize");
        }
        SignedInUser user = CurrentUser.require();
        Photo photo = photos.save(new Photo(
                user.organizationId(), order.id(), stage, caption, contentType, data, user.userId(), clock.instant()));
        auditTrail.record("ADD_PHOTO", "WorkOrder", id, stage.name());
        return new PhotoView(photo.id(), photo.stage(), photo.caption(), photo.createdAt());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PhotoView> photos(UUID id) {
        find(id);
        return photosOf(id);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PhotoContent photo(UUID id, UUID photoId) {
        find(id);
        return photoOf(id, photoId);
    }

    /** The photos of the work order behind a valid approval link, for the customer's page. */
    @Transactional(readOnly = true)
    public PhotoContent photoByLink(UUID id, String token, UUID photoId) {
        byToken(id, token);
        return photoOf(id, photoId);
    }

    @Transactional(readOnly = true)
    public List<PhotoView> photosByLink(UUID id, String token) {
        byToken(id, token);
        return photosOf(id);
    }

    private List<PhotoView> photosOf(UUID id) {
        return photos.findByWorkOrderIdOrderByCreatedAt(id).stream()
                .map(p -> new PhotoView(p.id(), p.stage(), p.caption(), p.createdAt()))
                .toList();
    }

    private PhotoContent photoOf(UUID id, UUID photoId) {
        Photo photo = photos.findById(photoId)
                .filter(p -> p.workOrderId().equals(id))
                .orElseThrow(() -> new NotFoundException("photo", photoId));
        return new PhotoContent(photo.contentType(), photo.data());
    }

    // Helpers.

    /** Today in the store's own time zone. */
    private LocalDate storeDay(UUID storeId) {
        return LocalDate.ofInstant(
                clock.instant(), ZoneId.of(organization.store(storeId).timeZone()));
    }

    /** Applies a change; {@code version} may be left out only where concurrent changes cannot conflict. */
    private WorkOrderView act(UUID id, @Nullable Long version, String action, Consumer<WorkOrder> change) {
        WorkOrder order = find(id);
        if (version != null) {
            StaleVersionException.check(version, order.version());
        }
        change.accept(order);
        workOrders.saveAndFlush(order);
        auditTrail.record(action, "WorkOrder", id, null);
        return view(order);
    }

    /** A part line of the catalogue is described by it (number, genuine) when the request leaves that out. */
    private NewLine fromCatalogue(NewLine line) {
        if (line.kind() != LineKind.PART || line.partId() == null) {
            return line;
        }
        PartView part;
        try {
            part = parts.get(line.partId());
        } catch (NotFoundException e) {
            throw new InvalidInputException("partId", "workOrder.unknownPart");
        }
        return new NewLine(
                line.kind(),
                line.description(),
                line.quantity(),
                line.unitPrice(),
                line.payType(),
                part.id(),
                line.partNumber() == null || line.partNumber().isBlank() ? part.number() : line.partNumber(),
                line.genuine() != null ? line.genuine() : part.genuine(),
                line.warrantyOverrideReason());
    }

    /** A catalogue part line holds its stock at the work order's store, or waits for it (back-order). */
    private void reserve(WorkOrder order, io.aftersales.workorder.domain.WorkOrderLine line) {
        if (line.kind() == LineKind.PART && line.partId() != null) {
            stock.reserveLine(order.storeId(), line.partId(), line.quantity(), order.id(), line.id());
        }
    }

    /** The work order as shown, with the stock state of its catalogue part lines (one query, only if it has any). */
    private WorkOrderView view(WorkOrder order) {
        if (!order.holdsStock()) {
            return order.toView(clock.instant());
        }
        java.util.Map<UUID, String> byLine = new java.util.HashMap<>();
        for (ReservationView r : stock.reservationsOf(order.id())) {
            if (r.lineId() != null) {
                byLine.put(r.lineId(), r.status().name());
            }
        }
        return order.toView(clock.instant(), byLine);
    }

    private @Nullable UUID comebackOf(NewWorkOrder request, Instant now) {
        if (request.comebackOf() != null) {
            WorkOrder original = find(request.comebackOf());
            if (!original.assetId().equals(request.assetId())) {
                throw new InvalidInputException("comebackOf", "workOrder.comebackOfOtherAsset");
            }
            return original.id();
        }
        if (!request.serviceType().fixesAProblem()) {
            return null;
        }
        SignedInUser user = CurrentUser.require();
        return comebacks
                .latestFinished(
                        user.organizationId(),
                        request.assetId(),
                        now.minus(properties.comebackWindowOrDefault()),
                        user.seesAllStores() ? null : user.storeIds())
                .orElse(null);
    }

    private WorkOrder byToken(UUID id, String token) {
        WorkOrder order = find(id);
        Optional<UUID[]> owner = resolveApprovalToken(token);
        if (owner.isEmpty() || !owner.get()[1].equals(id) || !order.approvalLinkValid(clock.instant())) {
            throw new DomainException("link-expired", "workOrder.linkExpired");
        }
        return order;
    }

    private AssetView findAsset(UUID assetId) {
        try {
            return assets.get(assetId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("assetId", "workOrder.unknownAsset");
        }
    }

    private WorkOrder find(UUID id) {
        return workOrders.findById(id).orElseThrow(() -> new NotFoundException("workOrder", id));
    }

    private static Actor actor() {
        SignedInUser user = CurrentUser.require();
        boolean manager = user.hasRole(Role.STORE_MANAGER) || user.hasRole(Role.ADMIN) || user.hasRole(Role.HQ);
        return new Actor(user.userId(), user.displayName(), manager);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
