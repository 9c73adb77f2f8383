package io.aftersales.workorder.web;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.web.XlsxDownload;
import io.aftersales.workorder.MonthComparison;
import io.aftersales.workorder.NewWorkOrder;
import io.aftersales.workorder.PhotoStage;
import io.aftersales.workorder.QualityCheckJob;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.StoreMonth;
import io.aftersales.workorder.WorkOrderDelivery;
import io.aftersales.workorder.WorkOrderEstimates;
import io.aftersales.workorder.WorkOrderFilter;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderLineId;
import io.aftersales.workorder.WorkOrderManagement;
import io.aftersales.workorder.WorkOrderPhotos;
import io.aftersales.workorder.WorkOrderReception;
import io.aftersales.workorder.WorkOrderStatus;
import io.aftersales.workorder.WorkOrderSummary;
import io.aftersales.workorder.WorkOrderView;
import io.aftersales.workorder.WorkOrderWorkshop;
import io.aftersales.workorder.web.WorkOrderRequests.ApproveRequest;
import io.aftersales.workorder.web.WorkOrderRequests.ChecklistRequest;
import io.aftersales.workorder.web.WorkOrderRequests.ClockRequest;
import io.aftersales.workorder.web.WorkOrderRequests.CompleteRequest;
import io.aftersales.workorder.web.WorkOrderRequests.DeliverRequest;
import io.aftersales.workorder.web.WorkOrderRequests.DispatchRequest;
import io.aftersales.workorder.web.WorkOrderRequests.InspectionRequest;
import io.aftersales.workorder.web.WorkOrderRequests.LineRequest;
import io.aftersales.workorder.web.WorkOrderRequests.LogRequest;
import io.aftersales.workorder.web.WorkOrderRequests.NoteRequest;
import io.aftersales.workorder.web.WorkOrderRequests.PlanRequest;
import io.aftersales.workorder.web.WorkOrderRequests.ReasonRequest;
import io.aftersales.workorder.web.WorkOrderRequests.SettleRequest;
import io.aftersales.workorder.web.WorkOrderRequests.TemplateRequest;
import io.aftersales.workorder.web.WorkOrderRequests.VersionRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The service lane over JSON: one POST per action, each naming the version it read. */
@Tag(
        name = "Work orders",
        description =
                "Work orders (工单) from reception to delivery: estimate and approval, dispatch, work log and clock, quality check, settlement, delivery, comebacks, the board and monthly figures.")
@RestController
class WorkOrderRestController {

    record ApprovalLinkResponse(String url, String token) {}

    private final WorkOrderManagement workOrders;
    private final WorkOrderReception reception;
    private final WorkOrderEstimates estimates;
    private final WorkOrderWorkshop workshop;
    private final WorkOrderDelivery delivery;
    private final WorkOrderPhotos photos;
    private final OrganizationManagement organization;
    private final MonthlyComparisonViews monthlyViews;
    private final Clock clock;

    WorkOrderRestController(
            WorkOrderManagement workOrders,
            WorkOrderReception reception,
            WorkOrderEstimates estimates,
            WorkOrderWorkshop workshop,
            WorkOrderDelivery delivery,
            WorkOrderPhotos photos,
            OrganizationManagement organization,
            MonthlyComparisonViews monthlyViews,
            Clock clock) {
        this.monthlyViews = monthlyViews;
        this.workOrders = workOrders;
        this.reception = reception;
        this.estimates = estimates;
        this.workshop = workshop;
        this.delivery = delivery;
        this.photos = photos;
        this.organization = organization;
        this.clock = clock;
    }

    @PostMapping("/api/v1/work-orders")
    ResponseEntity<WorkOrderView> receive(@Valid @RequestBody NewWorkOrder request) {
        WorkOrderView created = reception.receive(request);
        return ResponseEntity.created(
                        URI.create("/api/v1/work-orders/" + created.header().id()))
                .body(created);
    }

    @GetMapping("/api/v1/work-orders")
    PagedResult<WorkOrderSummary> list(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable WorkOrderStatus status,
            @RequestParam(required = false) @Nullable UserId advisorId,
            @RequestParam(required = false) @Nullable UserId technicianId,
            @RequestParam(required = false) @Nullable AssetId assetId,
            @RequestParam(required = false) @Nullable CustomerId customerId,
            @RequestParam(required = false) @Nullable ServiceType serviceType,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String sort) {
        return workOrders.search(
                new WorkOrderFilter(
                        storeId, status, advisorId, technicianId, assetId, customerId, serviceType, from, to),
                page,
                size,
                sort);
    }

    @GetMapping(path = "/api/v1/work-orders/export", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable WorkOrderStatus status,
            @RequestParam(required = false) @Nullable ServiceType serviceType,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to) {
        WorkOrderFilter filter = new WorkOrderFilter(storeId, status, null, null, null, null, serviceType, from, to);
        return XlsxDownload.of("work-orders.xlsx", out -> workOrders.export(filter, out));
    }

    @GetMapping("/api/v1/work-orders/board")
    List<WorkOrderSummary> board(@RequestParam StoreId storeId) {
        return workOrders.board(storeId);
    }

    /** Figures per store and month from the dashboard projection; the last 12 months unless given (yyyy-MM). */
    @GetMapping("/api/v1/work-orders/monthly")
    List<StoreMonth> monthly(
            @RequestParam(required = false) @Nullable YearMonth from,
            @RequestParam(required = false) @Nullable YearMonth to,
            @RequestParam(required = false) @Nullable StoreId storeId) {
        YearMonth until = until(to, storeId);
        return workOrders.monthlyFigures(from != null ? from : until.minusMonths(11), until, storeId);
    }

    /**
     * The months summed over the stores (all the user sees, or the one given), each beside the same month a year before
     * with the output value's change in per cent; the last 12 months unless given (yyyy-MM).
     */
    @GetMapping("/api/v1/work-orders/monthly/comparison")
    List<MonthComparison> monthlyComparison(
            @RequestParam(required = false) @Nullable YearMonth from,
            @RequestParam(required = false) @Nullable YearMonth to,
            @RequestParam(required = false) @Nullable StoreId storeId) {
        YearMonth until = until(to, storeId);
        return workOrders.monthlyComparison(from != null ? from : until.minusMonths(11), until, storeId);
    }

    /** The same as a sheet, with the headers in the reader's language (Accept-Language). */
    @GetMapping(path = "/api/v1/work-orders/monthly/comparison/export", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> exportMonthlyComparison(
            @RequestParam(required = false) @Nullable YearMonth from,
            @RequestParam(required = false) @Nullable YearMonth to,
            @RequestParam(required = false) @Nullable StoreId storeId) {
        List<MonthComparison> months = monthlyComparison(from, to, storeId);
        return XlsxDownload.of("monthly.xlsx", out -> monthlyViews.sheet(months, out));
    }

    /** The month asked for, or the current one in the store's (or the caller's store's) zone. */
    private YearMonth until(@Nullable YearMonth to, @Nullable StoreId storeId) {
        return to != null ? to : YearMonth.now(clock.withZone(organization.zoneOf(storeId)));
    }

    /**
     * The quality-check queue of a store (the caller's current store when none is given): jobs in quality check, those
     * to check first, each with since when it waits.
     */
    @GetMapping("/api/v1/work-orders/qc-queue")
    List<QualityCheckJob> qualityCheckQueue(@RequestParam(required = false) @Nullable StoreId storeId) {
        return workOrders.qualityCheckQueue(organization.storeOrDefault(storeId));
    }

    @GetMapping("/api/v1/work-orders/mine")
    List<WorkOrderView> mine() {
        return workOrders.myJobs();
    }

    @GetMapping("/api/v1/work-orders/{id}")
    WorkOrderView get(@PathVariable WorkOrderId id) {
        return workOrders.get(id);
    }

    @GetMapping("/api/v1/work-orders/{id}/comebacks")
    List<WorkOrderSummary> comebacks(@PathVariable WorkOrderId id) {
        return workOrders.comebacksOf(id);
    }

    @PostMapping("/api/v1/work-orders/{id}/lines")
    ResponseEntity<WorkOrderView> addLine(@PathVariable WorkOrderId id, @Valid @RequestBody LineRequest request) {
        return ResponseEntity.status(201).body(estimates.addLine(id, request.version(), request.line()));
    }

    @DeleteMapping("/api/v1/work-orders/{id}/lines/{lineId}")
    WorkOrderView removeLine(
            @PathVariable WorkOrderId id, @PathVariable WorkOrderLineId lineId, @RequestParam long version) {
        return estimates.removeLine(id, version, lineId);
    }

    @PostMapping("/api/v1/work-orders/{id}/templates")
    WorkOrderView addTemplate(@PathVariable WorkOrderId id, @Valid @RequestBody TemplateRequest request) {
        return estimates.addTemplate(id, request.version(), request.template());
    }

    @PostMapping("/api/v1/work-orders/{id}/inspection")
    WorkOrderView inspect(@PathVariable WorkOrderId id, @Valid @RequestBody InspectionRequest request) {
        return workshop.recordInspection(id, request.version(), request.results());
    }

    @PostMapping("/api/v1/work-orders/{id}/plan")
    WorkOrderView plan(@PathVariable WorkOrderId id, @Valid @RequestBody PlanRequest request) {
        return workshop.plan(
                id,
                request.version(),
                request.mainProblem(),
                request.plannedSteps(),
                request.toBring() == null ? List.of() : request.toBring());
    }

    @PostMapping("/api/v1/work-orders/{id}/tool-kit")
    WorkOrderView toolKit(@PathVariable WorkOrderId id, @Valid @RequestBody VersionRequest request) {
        return workshop.copyToolKit(id, request.version());
    }

    @PostMapping("/api/v1/work-orders/{id}/checklist")
    WorkOrderView tick(@PathVariable WorkOrderId id, @Valid @RequestBody ChecklistRequest request) {
        return workshop.tickChecklist(id, request.version(), request.ticked());
    }

    @PostMapping("/api/v1/work-orders/{id}/estimate")
    WorkOrderView estimate(@PathVariable WorkOrderId id, @Valid @RequestBody VersionRequest request) {
        return estimates.estimate(id, request.version());
    }

    @PostMapping("/api/v1/work-orders/{id}/approval-link")
    ApprovalLinkResponse approvalLink(@PathVariable WorkOrderId id, @Valid @RequestBody VersionRequest request) {
        String token = estimates.issueApprovalLink(id, request.version());
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/estimates/{token}")
                .buildAndExpand(token)
                .toUriString();
        return new ApprovalLinkResponse(url, token);
    }

    @PostMapping("/api/v1/work-orders/{id}/approve")
    WorkOrderView approve(@PathVariable WorkOrderId id, @Valid @RequestBody ApproveRequest request) {
        return estimates.approve(
                id,
                request.version(),
                orEmpty(request.approvedLineIds()),
                orEmpty(request.declinedLineIds()),
                request.approvedBy());
    }

    @PostMapping("/api/v1/work-orders/{id}/dispatch")
    WorkOrderView dispatch(@PathVariable WorkOrderId id, @Valid @RequestBody DispatchRequest request) {
        return workshop.dispatch(
                id,
                request.version(),
                request.leadTechnicianId(),
                orEmpty(request.assistantIds()),
                request.bay(),
                request.overrideReason());
    }

    @PostMapping("/api/v1/work-orders/{id}/start")
    WorkOrderView start(@PathVariable WorkOrderId id, @Valid @RequestBody VersionRequest request) {
        return workshop.start(id, request.version());
    }

    @PostMapping("/api/v1/work-orders/{id}/hold")
    WorkOrderView hold(@PathVariable WorkOrderId id, @Valid @RequestBody ReasonRequest request) {
        return workshop.hold(id, request.version(), request.reason());
    }

    @PostMapping("/api/v1/work-orders/{id}/resume")
    WorkOrderView resume(@PathVariable WorkOrderId id, @Valid @RequestBody VersionRequest request) {
        return workshop.resume(id, request.version());
    }

    @PostMapping("/api/v1/work-orders/{id}/clock-on")
    WorkOrderView clockOn(@PathVariable WorkOrderId id, @Valid @RequestBody ClockRequest request) {
        return workshop.clockOn(id, request.version(), request.lineId());
    }

    @PostMapping("/api/v1/work-orders/{id}/clock-off")
    WorkOrderView clockOff(@PathVariable WorkOrderId id, @Valid @RequestBody VersionRequest request) {
        return workshop.clockOff(id, request.version());
    }

    @PostMapping("/api/v1/work-orders/{id}/log")
    WorkOrderView log(@PathVariable WorkOrderId id, @Valid @RequestBody LogRequest request) {
        return workshop.log(id, request.version(), request.text(), request.lineId(), request.rootCause());
    }

    @PostMapping("/api/v1/work-orders/{id}/submit-for-qc")
    WorkOrderView submitForQc(@PathVariable WorkOrderId id, @Valid @RequestBody VersionRequest request) {
        return workshop.submitForQualityCheck(id, request.version());
    }

    @PostMapping("/api/v1/work-orders/{id}/pass-qc")
    WorkOrderView passQc(@PathVariable WorkOrderId id, @Valid @RequestBody NoteRequest request) {
        return workshop.passQualityCheck(id, request.version(), request.note());
    }

    @PostMapping("/api/v1/work-orders/{id}/fail-qc")
    WorkOrderView failQc(@PathVariable WorkOrderId id, @Valid @RequestBody ReasonRequest request) {
        return workshop.failQualityCheck(id, request.version(), request.reason());
    }

    @PostMapping("/api/v1/work-orders/{id}/complete")
    WorkOrderView complete(@PathVariable WorkOrderId id, @Valid @RequestBody CompleteRequest request) {
        return workshop.complete(id, request.version(), request.finalTest());
    }

    @PostMapping("/api/v1/work-orders/{id}/settle")
    WorkOrderView settle(@PathVariable WorkOrderId id, @Valid @RequestBody SettleRequest request) {
        return delivery.settle(id, request.version(), orEmpty(request.payments()));
    }

    @PostMapping("/api/v1/work-orders/{id}/deliver")
    WorkOrderView deliver(@PathVariable WorkOrderId id, @Valid @RequestBody DeliverRequest request) {
        return delivery.deliver(id, request.version(), request.signedBy(), request.signature());
    }

    @PostMapping("/api/v1/work-orders/{id}/cancel")
    WorkOrderView cancel(@PathVariable WorkOrderId id, @Valid @RequestBody ReasonRequest request) {
        return delivery.cancel(id, request.version(), request.reason());
    }

    @PostMapping(path = "/api/v1/work-orders/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<WorkOrderPhotos.PhotoView> addPhoto(
            @PathVariable WorkOrderId id,
            @RequestParam MultipartFile file,
            @RequestParam PhotoStage stage,
            @RequestParam(required = false) @Nullable String caption)
            throws IOException {
        WorkOrderPhotos.PhotoView photo = photos.addPhoto(id, stage, caption, file.getBytes());
        return ResponseEntity.created(URI.create("/work-orders/" + id + "/photos/" + photo.id()))
                .body(photo);
    }

    @GetMapping("/api/v1/work-orders/{id}/photos")
    List<WorkOrderPhotos.PhotoView> photos(@PathVariable WorkOrderId id) {
        return photos.photos(id);
    }

    private static <T> List<T> orEmpty(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }
}
