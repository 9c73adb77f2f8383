package io.aftersales.workorder.web;

import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.workorder.InspectionRating;
import io.aftersales.workorder.InspectionResult;
import io.aftersales.workorder.LineKind;
import io.aftersales.workorder.NewLine;
import io.aftersales.workorder.NewWorkOrder;
import io.aftersales.workorder.PayType;
import io.aftersales.workorder.PaymentLine;
import io.aftersales.workorder.PhotoStage;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.StoreMonth;
import io.aftersales.workorder.WorkOrderFilter;
import io.aftersales.workorder.WorkOrderManagement;
import io.aftersales.workorder.WorkOrderStatus;
import io.aftersales.workorder.WorkOrderSummary;
import io.aftersales.workorder.WorkOrderView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
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
@RestController
class WorkOrderRestController {

    record VersionRequest(@NotNull Long version) {}

    record LineRequest(
            @Nullable Long version,
            @NotNull LineKind kind,
            @NotBlank @Size(max = 300) String description,

            @NotNull @DecimalMin(value = "0", inclusive = false)
            BigDecimal quantity,

            @NotNull @DecimalMin("0") BigDecimal unitPrice,
            @NotNull PayType payType,
            @Nullable UUID partId,
            @Nullable @Size(max = 60) String partNumber,
            @Nullable Boolean genuine,
            @Nullable @Size(max = 500) String warrantyOverrideReason) {

        NewLine line() {
            return new NewLine(
                    kind,
                    description,
                    quantity,
                    unitPrice,
                    payType,
                    partId,
                    partNumber,
                    genuine,
                    warrantyOverrideReason);
        }
    }

    record TemplateRequest(@NotNull Long version, @NotBlank String template) {}

    record ApproveRequest(
            @NotNull Long version,
            @Nullable List<UUID> approvedLineIds,
            @Nullable List<UUID> declinedLineIds,
            @NotBlank @Size(max = 100) String approvedBy) {}

    record ApprovalLinkResponse(String url, String token) {}

    record DispatchRequest(
            @NotNull Long version,
            @NotNull UUID leadTechnicianId,
            @Nullable List<UUID> assistantIds,
            @Nullable @Size(max = 30) String bay) {}

    record ReasonRequest(
            @NotNull Long version,
            @NotBlank @Size(max = 500) String reason) {}

    record LogRequest(
            @NotNull Long version,
            @NotBlank @Size(max = 2000) String text,
            @Nullable UUID lineId,
            @Nullable @Size(max = 1000) String rootCause) {}

    record ClockRequest(@NotNull Long version, @Nullable UUID lineId) {}

    record NoteRequest(
            @NotNull Long version,
            @Nullable @Size(max = 1000) String note) {}

    record CompleteRequest(
            @NotNull Long version,
            @Nullable @Size(max = 1000) String finalTest) {}

    record SettleRequest(@NotNull Long version, @Nullable List<@Valid PaymentLine> payments) {}

    record DeliverRequest(
            @NotNull Long version,
            @NotBlank @Size(max = 100) String signedBy,
            @Nullable String signature) {}

    record InspectionRequest(@NotNull Long version, @NotNull List<@Valid InspectionItemRequest> items) {}

    record InspectionItemRequest(
            @NotBlank @Size(max = 100) String item,
            @Nullable InspectionRating rating,
            @Nullable @Size(max = 500) String note) {}

    record PlanRequest(
            @NotNull Long version,
            @Nullable @Size(max = 1000) String mainProblem,
            @Nullable @Size(max = 2000) String plannedSteps,
            @Nullable List<@Size(max = 200) String> toBring) {}

    record ChecklistRequest(@NotNull Long version, @NotNull List<Integer> ticked) {}

    private final WorkOrderManagement workOrders;

    WorkOrderRestController(WorkOrderManagement workOrders) {
        this.workOrders = workOrders;
    }

    @PostMapping("/api/v1/work-orders")
    ResponseEntity<WorkOrderView> receive(@Valid @RequestBody NewWorkOrder request) {
        WorkOrderView created = workOrders.receive(request);
        return ResponseEntity.created(URI.create("/api/v1/work-orders/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/v1/work-orders")
    PagedResult<WorkOrderSummary> list(
            @RequestParam(required = false) @Nullable UUID storeId,
            @RequestParam(required = false) @Nullable WorkOrderStatus status,
            @RequestParam(required = false) @Nullable UUID advisorId,
            @RequestParam(required = false) @Nullable UUID technicianId,
            @RequestParam(required = false) @Nullable UUID assetId,
            @RequestParam(required = false) @Nullable UUID customerId,
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
    void export(
            @RequestParam(required = false) @Nullable UUID storeId,
            @RequestParam(required = false) @Nullable WorkOrderStatus status,
            @RequestParam(required = false) @Nullable ServiceType serviceType,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            HttpServletResponse response)
            throws IOException {
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=work-orders.xlsx");
        workOrders.export(
                new WorkOrderFilter(storeId, status, null, null, null, null, serviceType, from, to),
                response.getOutputStream());
    }

    @GetMapping("/api/v1/work-orders/board")
    List<WorkOrderSummary> board(@RequestParam UUID storeId) {
        return workOrders.board(storeId);
    }

    /** Figures per store and month from the dashboard projection; the last 12 months unless given (yyyy-MM). */
    @GetMapping("/api/v1/work-orders/monthly")
    List<StoreMonth> monthly(
            @RequestParam(required = false) @Nullable YearMonth from,
            @RequestParam(required = false) @Nullable YearMonth to,
            @RequestParam(required = false) @Nullable UUID storeId) {
        YearMonth until = to != null ? to : YearMonth.now(WorkOrderWebController.ZONE);
        return workOrders.monthlyFigures(from != null ? from : until.minusMonths(11), until, storeId);
    }

    @GetMapping("/api/v1/work-orders/mine")
    List<WorkOrderView> mine() {
        return workOrders.myJobs();
    }

    @GetMapping("/api/v1/work-orders/{id}")
    WorkOrderView get(@PathVariable UUID id) {
        return workOrders.get(id);
    }

    @GetMapping("/api/v1/work-orders/{id}/comebacks")
    List<WorkOrderSummary> comebacks(@PathVariable UUID id) {
        return workOrders.comebacksOf(id);
    }

    @PostMapping("/api/v1/work-orders/{id}/lines")
    ResponseEntity<WorkOrderView> addLine(@PathVariable UUID id, @Valid @RequestBody LineRequest request) {
        return ResponseEntity.status(201).body(workOrders.addLine(id, request.version(), request.line()));
    }

    @DeleteMapping("/api/v1/work-orders/{id}/lines/{lineId}")
    WorkOrderView removeLine(@PathVariable UUID id, @PathVariable UUID lineId, @RequestParam long version) {
        return workOrders.removeLine(id, version, lineId);
    }

    @PostMapping("/api/v1/work-orders/{id}/templates")
    WorkOrderView addTemplate(@PathVariable UUID id, @Valid @RequestBody TemplateRequest request) {
        return workOrders.addTemplate(id, request.version(), request.template());
    }

    @PostMapping("/api/v1/work-orders/{id}/inspection")
    WorkOrderView inspect(@PathVariable UUID id, @Valid @RequestBody InspectionRequest request) {
        return workOrders.recordInspection(
                id,
                request.version(),
                request.items().stream()
                        .map(i -> new InspectionResult(i.item(), i.rating(), i.note()))
                        .toList());
    }

    @PostMapping("/api/v1/work-orders/{id}/plan")
    WorkOrderView plan(@PathVariable UUID id, @Valid @RequestBody PlanRequest request) {
        return workOrders.plan(
                id,
                request.version(),
                request.mainProblem(),
                request.plannedSteps(),
                request.toBring() == null ? List.of() : request.toBring());
    }

    @PostMapping("/api/v1/work-orders/{id}/tool-kit")
    WorkOrderView toolKit(@PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
        return workOrders.copyToolKit(id, request.version());
    }

    @PostMapping("/api/v1/work-orders/{id}/checklist")
    WorkOrderView tick(@PathVariable UUID id, @Valid @RequestBody ChecklistRequest request) {
        return workOrders.tickChecklist(id, request.version(), request.ticked());
    }

    @PostMapping("/api/v1/work-orders/{id}/estimate")
    WorkOrderView estimate(@PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
        return workOrders.estimate(id, request.version());
    }

    @PostMapping("/api/v1/work-orders/{id}/approval-link")
    ApprovalLinkResponse approvalLink(@PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
        String token = workOrders.issueApprovalLink(id, request.version());
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/estimates/{token}")
                .buildAndExpand(token)
                .toUriString();
        return new ApprovalLinkResponse(url, token);
    }

    @PostMapping("/api/v1/work-orders/{id}/approve")
    WorkOrderView approve(@PathVariable UUID id, @Valid @RequestBody ApproveRequest request) {
        return workOrders.approve(
                id,
                request.version(),
                orEmpty(request.approvedLineIds()),
                orEmpty(request.declinedLineIds()),
                request.approvedBy());
    }

    @PostMapping("/api/v1/work-orders/{id}/dispatch")
    WorkOrderView dispatch(@PathVariable UUID id, @Valid @RequestBody DispatchRequest request) {
        return workOrders.dispatch(
                id, request.version(), request.leadTechnicianId(), orEmpty(request.assistantIds()), request.bay());
    }

    @PostMapping("/api/v1/work-orders/{id}/start")
    WorkOrderView start(@PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
        return workOrders.start(id, request.version());
    }

    @PostMapping("/api/v1/work-orders/{id}/hold")
    WorkOrderView hold(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
        return workOrders.hold(id, request.version(), request.reason());
    }

    @PostMapping("/api/v1/work-orders/{id}/resume")
    WorkOrderView resume(@PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
        return workOrders.resume(id, request.version());
    }

    @PostMapping("/api/v1/work-orders/{id}/clock-on")
    WorkOrderView clockOn(@PathVariable UUID id, @Valid @RequestBody ClockRequest request) {
        return workOrders.clockOn(id, request.version(), request.lineId());
    }

    @PostMapping("/api/v1/work-orders/{id}/clock-off")
    WorkOrderView clockOff(@PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
        return workOrders.clockOff(id, request.version());
    }

    @PostMapping("/api/v1/work-orders/{id}/log")
    WorkOrderView log(@PathVariable UUID id, @Valid @RequestBody LogRequest request) {
        return workOrders.log(id, request.version(), request.text(), request.lineId(), request.rootCause());
    }

    @PostMapping("/api/v1/work-orders/{id}/submit-for-qc")
    WorkOrderView submitForQc(@PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
        return workOrders.submitForQualityCheck(id, request.version());
    }

    @PostMapping("/api/v1/work-orders/{id}/pass-qc")
    WorkOrderView passQc(@PathVariable UUID id, @Valid @RequestBody NoteRequest request) {
        return workOrders.passQualityCheck(id, request.version(), request.note());
    }

    @PostMapping("/api/v1/work-orders/{id}/fail-qc")
    WorkOrderView failQc(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
        return workOrders.failQualityCheck(id, request.version(), request.reason());
    }

    @PostMapping("/api/v1/work-orders/{id}/complete")
    WorkOrderView complete(@PathVariable UUID id, @Valid @RequestBody CompleteRequest request) {
        return workOrders.complete(id, request.version(), request.finalTest());
    }

    @PostMapping("/api/v1/work-orders/{id}/settle")
    WorkOrderView settle(@PathVariable UUID id, @Valid @RequestBody SettleRequest request) {
        return workOrders.settle(id, request.version(), orEmpty(request.payments()));
    }

    @PostMapping("/api/v1/work-orders/{id}/deliver")
    WorkOrderView deliver(@PathVariable UUID id, @Valid @RequestBody DeliverRequest request) {
        return workOrders.deliver(id, request.version(), request.signedBy(), request.signature());
    }

    @PostMapping("/api/v1/work-orders/{id}/cancel")
    WorkOrderView cancel(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
        return workOrders.cancel(id, request.version(), request.reason());
    }

    @PostMapping("/api/v1/work-orders/{id}/photos")
    ResponseEntity<WorkOrderManagement.PhotoView> addPhoto(
            @PathVariable UUID id,
            @RequestParam MultipartFile file,
            @RequestParam PhotoStage stage,
            @RequestParam(required = false) @Nullable String caption)
            throws IOException {
        WorkOrderManagement.PhotoView photo =
                workOrders.addPhoto(id, stage, caption, String.valueOf(file.getContentType()), file.getBytes());
        return ResponseEntity.created(URI.create("/work-orders/" + id + "/photos/" + photo.id()))
                .body(photo);
    }

    @GetMapping("/api/v1/work-orders/{id}/photos")
    List<WorkOrderManagement.PhotoView> photos(@PathVariable UUID id) {
        return workOrders.photos(id);
    }

    private static <T> List<T> orEmpty(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }
}
