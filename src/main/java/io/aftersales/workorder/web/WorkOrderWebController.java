package io.aftersales.workorder.web;

import io.aftersales.asset.AssetId;
import io.aftersales.asset.AssetManagement;
import io.aftersales.asset.AssetView;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.security.CurrentStore;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.web.FormSteps;
import io.aftersales.shared.web.ImageResponses;
import io.aftersales.shared.web.ProblemResponses;
import io.aftersales.shared.web.XlsxDownload;
import io.aftersales.workorder.InspectionRating;
import io.aftersales.workorder.LineKind;
import io.aftersales.workorder.MyJobsPanel;
import io.aftersales.workorder.NewWorkOrder;
import io.aftersales.workorder.PayType;
import io.aftersales.workorder.PaymentMethod;
import io.aftersales.workorder.PhotoId;
import io.aftersales.workorder.PhotoStage;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.WorkOrderDelivery;
import io.aftersales.workorder.WorkOrderEstimates;
import io.aftersales.workorder.WorkOrderFilter;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderManagement;
import io.aftersales.workorder.WorkOrderPhotos;
import io.aftersales.workorder.WorkOrderReception;
import io.aftersales.workorder.WorkOrderStatus;
import io.aftersales.workorder.WorkOrderSummary;
import io.aftersales.workorder.WorkOrderView;
import io.aftersales.workorder.WorkOrderWorkshop;
import io.aftersales.workorder.web.WorkOrderForms.DecisionForm;
import io.aftersales.workorder.web.WorkOrderForms.PlanForm;
import io.aftersales.workorder.web.WorkOrderForms.RemoveLineForm;
import io.aftersales.workorder.web.WorkOrderForms.SettleForm;
import io.aftersales.workorder.web.WorkOrderForms.TickForm;
import io.aftersales.workorder.web.WorkOrderRequests.ClockRequest;
import io.aftersales.workorder.web.WorkOrderRequests.CompleteRequest;
import io.aftersales.workorder.web.WorkOrderRequests.DeliverRequest;
import io.aftersales.workorder.web.WorkOrderRequests.DispatchRequest;
import io.aftersales.workorder.web.WorkOrderRequests.InspectionRequest;
import io.aftersales.workorder.web.WorkOrderRequests.LineRequest;
import io.aftersales.workorder.web.WorkOrderRequests.LogRequest;
import io.aftersales.workorder.web.WorkOrderRequests.NoteRequest;
import io.aftersales.workorder.web.WorkOrderRequests.ReasonRequest;
import io.aftersales.workorder.web.WorkOrderRequests.TemplateRequest;
import io.aftersales.workorder.web.WorkOrderRequests.VersionRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The service lane in the browser: reception, the work-order page with one form and one handler per step, the board,
 * my jobs. A step whose form does not bind or validate changes nothing and comes back with its field errors; a step
 * the work order refuses comes back with the reason.
 */
@Controller
class WorkOrderWebController {

    private static final DateTimeFormatter PROMISED = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final WorkOrderManagement workOrders;
    private final WorkOrderReception reception;
    private final WorkOrderEstimates estimates;
    private final WorkOrderWorkshop workshop;
    private final WorkOrderDelivery delivery;
    private final WorkOrderPhotos photos;
    private final AssetManagement assets;
    private final CustomerManagement customers;
    private final OrganizationManagement organization;
    private final Clock clock;
    private final WorkOrderDocuments documents;
    private final List<MyJobsPanel> myJobsPanels;
    private final ProblemResponses messages;
    private final FormSteps steps;

    WorkOrderWebController(
            WorkOrderManagement workOrders,
            WorkOrderReception reception,
            WorkOrderEstimates estimates,
            WorkOrderWorkshop workshop,
            WorkOrderDelivery delivery,
            WorkOrderPhotos photos,
            AssetManagement assets,
            CustomerManagement customers,
            OrganizationManagement organization,
            Clock clock,
            WorkOrderDocuments documents,
            List<MyJobsPanel> myJobsPanels,
            ProblemResponses messages,
            FormSteps steps) {
        this.steps = steps;
        this.workOrders = workOrders;
        this.reception = reception;
        this.estimates = estimates;
        this.workshop = workshop;
        this.delivery = delivery;
        this.photos = photos;
        this.assets = assets;
        this.customers = customers;
        this.organization = organization;
        this.clock = clock;
        this.documents = documents;
        this.myJobsPanels = myJobsPanels;
        this.messages = messages;
    }

    @GetMapping("/work-orders")
    String list(
            @RequestParam(required = false) @Nullable WorkOrderStatus status,
            @RequestParam(required = false) @Nullable ServiceType serviceType,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable String sort,
            Model model) {
        model.addAttribute("results", workOrders.search(filter(status, serviceType), page, 25, sort));
        model.addAttribute("status", status);
        model.addAttribute("serviceType", serviceType);
        model.addAttribute("statuses", WorkOrderStatus.values());
        model.addAttribute("serviceTypes", ServiceType.values());
        return "workorder/work-orders";
    }

    @GetMapping("/work-orders/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable WorkOrderStatus status,
            @RequestParam(required = false) @Nullable ServiceType serviceType) {
        WorkOrderFilter filter = filter(status, serviceType);
        return XlsxDownload.of("work-orders.xlsx", out -> workOrders.export(filter, out));
    }

    @GetMapping("/work-orders/board")
    String board(
            @RequestParam(required = false) @Nullable UserId advisorId,
            @RequestParam(required = false) @Nullable UserId technicianId,
            @RequestParam(required = false) @Nullable ServiceType serviceType,
            HtmxRequest htmx,
            Model model) {
        StoreId storeId = CurrentStore.find().orElse(null);
        Map<WorkOrderStatus, List<BoardCard>> columns = new EnumMap<>(WorkOrderStatus.class);
        for (WorkOrderStatus status : WorkOrderStatus.values()) {
            if (status.open()) {
                columns.put(status, new ArrayList<>());
            }
        }
        List<StaffMember> staff = storeId == null ? List.of() : organization.staffOf(storeId);
        Map<UserId, String> names = names(staff);
        if (storeId != null) {
            DateTimeFormatter promised = PROMISED.withZone(organization.zoneOf(storeId));
            for (WorkOrderSummary card : workOrders.board(storeId)) {
                if ((advisorId == null || advisorId.equals(card.advisorId()))
                        && (technicianId == null || technicianId.equals(card.leadTechnicianId()))
                        && (serviceType == null || serviceType == card.serviceType())) {
                    columns.get(card.status()).add(BoardCard.of(card, names, promised));
                }
            }
        }
        model.addAttribute("columns", columns);
        model.addAttribute("advisors", withRole(staff, Role.SERVICE_ADVISOR));
        model.addAttribute("technicians", withRole(staff, Role.TECHNICIAN));
        model.addAttribute("advisorId", advisorId);
        model.addAttribute("technicianId", technicianId);
        model.addAttribute("serviceType", serviceType);
        model.addAttribute("serviceTypes", ServiceType.values());
        return htmx.isHtmxRequest() ? "workorder/board :: columns" : "workorder/board";
    }

    @GetMapping("/work-orders/mine")
    String mine(Model model) {
        UserId me = CurrentUser.require().userId();
        List<WorkOrderView> jobs = workOrders.myJobs();
        model.addAttribute("jobs", jobs);
        model.addAttribute(
                "panels",
                myJobsPanels.stream()
                        .map(panel -> new Section(panel.fragment(), panel.data(me)))
                        .toList());
        model.addAttribute(
                "clockedOn",
                jobs.stream()
                        .filter(job -> job.workshop().timeEntries().stream()
                                .anyMatch(t -> t.technicianId().equals(me) && t.endedAt() == null))
                        .map(job -> job.header().id())
                        .collect(Collectors.toSet()));
        return "workorder/mine";
    }

    /** The quality-check queue of the current store (a QC inspector's start page, on a phone). */
    @GetMapping("/work-orders/qc")
    String qualityCheckQueue(Model model) {
        StoreId storeId = organization.storeOrDefault(CurrentStore.find().orElse(null));
        model.addAttribute("jobs", workOrders.qualityCheckQueue(storeId));
        model.addAttribute("names", names(organization.staffOf(storeId)));
        model.addAttribute("zone", organization.zoneOf(storeId));
        return "workorder/qc";
    }

    /** A section of the technician's page contributed by another module, with its data. */
    record Section(String fragment, Object data) {}

    @GetMapping("/work-orders/new")
    String reception(@RequestParam AssetId assetId, @RequestParam(defaultValue = "") String complaint, Model model) {
        AssetView asset = assets.get(assetId);
        model.addAttribute("asset", asset);
        model.addAttribute("complaint", complaint);
        model.addAttribute("warranty", assets.warranty(assetId, null, asset.mileage()));
        model.addAttribute("customer", customers.get(asset.customerId()));
        model.addAttribute("tier", customers.tierOf(asset.customerId()));
        model.addAttribute("serviceTypes", ServiceType.values());
        model.addAttribute("history", workOrders.search(WorkOrderFilter.forAsset(assetId), 0, 5, null));
        // The job's advisor: the customer's own when they work here (一对一服务), otherwise who receives it.
        StoreId storeId = CurrentStore.findOrNone();
        List<StaffMember> advisors = withRole(organization.staffOf(storeId), Role.SERVICE_ADVISOR);
        UserId me = CurrentUser.require().userId();
        model.addAttribute("advisors", advisors);
        model.addAttribute(
                "meListed", advisors.stream().anyMatch(member -> member.id().equals(me)));
        model.addAttribute(
                "advisorId",
                customers
                        .advisorAt(asset.customerId(), storeId)
                        .map(StaffMember::id)
                        .orElse(me));
        return "workorder/reception";
    }

    @PostMapping("/work-orders")
    String receive(
            @RequestParam AssetId assetId,
            @RequestParam ServiceType serviceType,
            @RequestParam String complaint,
            @RequestParam(required = false) @Nullable Integer mileage,
            @RequestParam(required = false) @Nullable Integer fuelLevel,
            @RequestParam(required = false) @Nullable String damage,
            @RequestParam(required = false) @Nullable String itemsLeft,
            @RequestParam(required = false) @Nullable LocalDateTime promisedAt,
            @RequestParam(required = false) @Nullable UserId advisorId,
            RedirectAttributes redirect) {
        AssetView asset = assets.get(assetId);
        StoreId storeId = CurrentStore.findOrNone();
        ZoneId zone = organization.zoneOf(CurrentStore.find().orElse(null));
        try {
            WorkOrderView created = reception.receive(new NewWorkOrder(
                    storeId,
                    asset.customerId(),
                    assetId,
                    serviceType,
                    complaint,
                    mileage,
                    fuelLevel,
                    damage,
                    itemsLeft,
                    promisedAt == null ? null : promisedAt.atZone(zone).toInstant(),
                    null,
                    advisorId));
            redirect.addFlashAttribute("saved", "common.saved");
            return "redirect:/work-orders/" + created.header().id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
            return "redirect:/work-orders/new?assetId=" + assetId;
        }
    }

    @GetMapping("/work-orders/{id}")
    String show(@PathVariable WorkOrderId id, Model model) {
        WorkOrderView order = workOrders.get(id);
        List<StaffMember> staff = organization.staffOf(order.header().storeId());
        Set<UserId> people = new HashSet<>(List.of(order.header().advisorId()));
        if (order.workshop().leadTechnicianId() != null) {
            people.add(order.workshop().leadTechnicianId());
        }
        people.addAll(order.workshop().assistantIds());
        if (order.workshop().qcPassedBy() != null) {
            people.add(order.workshop().qcPassedBy());
        }
        Map<UserId, String> names = names(organization.staff(people));
        names.putAll(names(staff));
        model.addAttribute("order", order);
        model.addAttribute("zone", organization.zoneOf(order.header().storeId()));
        model.addAttribute(
                "toBring",
                order.workshop().checklist().stream()
                        .map(WorkOrderView.ChecklistItemView::item)
                        .collect(Collectors.joining("\n")));
        model.addAttribute("names", names);
        model.addAttribute("technicians", withRole(staff, Role.TECHNICIAN));
        model.addAttribute("photos", photos.photos(id));
        model.addAttribute("templates", workOrders.jobTemplates());
        model.addAttribute("lineKinds", LineKind.values());
        model.addAttribute(
                "payTypes",
                Arrays.stream(PayType.values())
                        .filter(payType -> payType != PayType.INSURANCE || order.insurance() != null)
                        .toList());
        model.addAttribute("ratings", InspectionRating.values());
        model.addAttribute("paymentMethods", PaymentMethod.values());
        model.addAttribute("photoStages", PhotoStage.values());
        model.addAttribute("comebacks", workOrders.comebacksOf(id));
        return "workorder/work-order";
    }

    // One handler per step of the lane.

    @PostMapping("/work-orders/{id}/actions/lines")
    String addLine(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute LineRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(id.value(), result, redirect, () -> estimates.addLine(id, form.version(), form.line()));
    }

    @PostMapping("/work-orders/{id}/actions/remove-line")
    String removeLine(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute RemoveLineForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(id.value(), result, redirect, () -> estimates.removeLine(id, form.version(), form.lineId()));
    }

    @PostMapping("/work-orders/{id}/actions/template")
    String addTemplate(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute TemplateRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(id.value(), result, redirect, () -> estimates.addTemplate(id, form.version(), form.template()));
    }

    @PostMapping("/work-orders/{id}/actions/inspection")
    String inspect(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute InspectionRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(id.value(), result, redirect, () -> workshop.recordInspection(id, form.version(), form.results()));
    }

    @PostMapping("/work-orders/{id}/actions/plan")
    String plan(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute PlanForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(
                id.value(),
                result,
                redirect,
                () -> workshop.plan(id, form.version(), form.mainProblem(), form.plannedSteps(), form.toBringItems()));
    }

    @PostMapping("/work-orders/{id}/actions/checklist")
    String tick(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute TickForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(id.value(), result, redirect, () -> workshop.tickChecklist(id, form.version(), form.tickedItems()));
    }

    @PostMapping("/work-orders/{id}/actions/tool-kit")
    String toolKit(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute VersionRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(id.value(), result, redirect, () -> workshop.copyToolKit(id, form.version()));
    }

    @PostMapping("/work-orders/{id}/actions/estimate")
    String estimate(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute VersionRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(id.value(), result, redirect, () -> estimates.estimate(id, form.version()));
    }

    @PostMapping("/work-orders/{id}/actions/approve")
    String approve(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute DecisionForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        Long version = form.version();
        if (version == null) {
            result.rejectValue("version", "NotNull");
        }
        return step(
                id.value(),
                result,
                redirect,
                () -> estimates.approve(id, version, form.approved(), form.declined(), form.approvedBy()));
    }

    /** A link for the customer to approve the estimate on their phone; shown once, to be sent by the advisor. */
    @PostMapping("/work-orders/{id}/actions/approval-link")
    String approvalLink(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute VersionRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        step(id.value(), result, redirect, () -> {
            String token = estimates.issueApprovalLink(id, form.version());
            redirect.addFlashAttribute(
                    "approvalUrl",
                    ServletUriComponentsBuilder.fromCurrentContextPath()
                            .path("/estimates/{token}")
                            .buildAndExpand(token)
                            .toUriString());
        });
        return "redirect:/work-orders/" + id + "#approval";
    }

    @PostMapping("/work-orders/{id}/actions/dispatch")
    String dispatch(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute DispatchRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(
                id.value(),
                result,
                redirect,
                () -> workshop.dispatch(
                        id,
                        form.version(),
                        form.leadTechnicianId(),
                        orEmpty(form.assistantIds()),
                        form.bay(),
                        emptyToNull(form.overrideReason())));
    }

    @PostMapping("/work-orders/{id}/actions/start")
    String start(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute VersionRequest form,
            BindingResult result,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        return step(id.value(), back, result, redirect, () -> workshop.start(id, form.version()));
    }

    @PostMapping("/work-orders/{id}/actions/hold")
    String hold(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute ReasonRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(id.value(), result, redirect, () -> workshop.hold(id, form.version(), form.reason()));
    }

    @PostMapping("/work-orders/{id}/actions/resume")
    String resume(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute VersionRequest form,
            BindingResult result,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        return step(id.value(), back, result, redirect, () -> workshop.resume(id, form.version()));
    }

    @PostMapping("/work-orders/{id}/actions/clock-on")
    String clockOn(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute ClockRequest form,
            BindingResult result,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        return step(id.value(), back, result, redirect, () -> workshop.clockOn(id, form.version(), form.lineId()));
    }

    @PostMapping("/work-orders/{id}/actions/clock-off")
    String clockOff(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute VersionRequest form,
            BindingResult result,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        return step(id.value(), back, result, redirect, () -> workshop.clockOff(id, form.version()));
    }

    @PostMapping("/work-orders/{id}/actions/log")
    String log(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute LogRequest form,
            BindingResult result,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        return step(
                id.value(),
                back,
                result,
                redirect,
                () -> workshop.log(id, form.version(), form.text(), form.lineId(), form.rootCause()));
    }

    @PostMapping("/work-orders/{id}/actions/submit-for-qc")
    String submitForQc(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute VersionRequest form,
            BindingResult result,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        return step(id.value(), back, result, redirect, () -> workshop.submitForQualityCheck(id, form.version()));
    }

    @PostMapping("/work-orders/{id}/actions/pass-qc")
    String passQc(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute NoteRequest form,
            BindingResult result,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        return step(
                id.value(), back, result, redirect, () -> workshop.passQualityCheck(id, form.version(), form.note()));
    }

    @PostMapping("/work-orders/{id}/actions/fail-qc")
    String failQc(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute ReasonRequest form,
            BindingResult result,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        return step(
                id.value(), back, result, redirect, () -> workshop.failQualityCheck(id, form.version(), form.reason()));
    }

    @PostMapping("/work-orders/{id}/actions/complete")
    String complete(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute CompleteRequest form,
            BindingResult result,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        return step(id.value(), back, result, redirect, () -> workshop.complete(id, form.version(), form.finalTest()));
    }

    @PostMapping("/work-orders/{id}/actions/settle")
    String settle(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute SettleForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(id.value(), result, redirect, () -> delivery.settle(id, form.version(), form.payments()));
    }

    @PostMapping("/work-orders/{id}/actions/deliver")
    String deliver(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute DeliverRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(
                id.value(),
                result,
                redirect,
                () -> delivery.deliver(id, form.version(), form.signedBy(), emptyToNull(form.signature())));
    }

    @PostMapping("/work-orders/{id}/actions/cancel")
    String cancel(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute ReasonRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(id.value(), result, redirect, () -> delivery.cancel(id, form.version(), form.reason()));
    }

    @PostMapping("/work-orders/{id}/photos")
    String addPhoto(
            @PathVariable WorkOrderId id,
            @RequestParam MultipartFile file,
            @RequestParam PhotoStage stage,
            @RequestParam(required = false) @Nullable String caption,
            RedirectAttributes redirect)
            throws IOException {
        try {
            photos.addPhoto(id, stage, caption, file.getBytes());
            redirect.addFlashAttribute("saved", "common.saved");
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
        }
        return "redirect:/work-orders/" + id + "#photos";
    }

    @GetMapping("/work-orders/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable WorkOrderId id, @PathVariable PhotoId photoId) {
        return ImageResponses.of(photos.photo(id, photoId));
    }

    @GetMapping("/work-orders/{id}/signature.png")
    ResponseEntity<byte[]> signature(@PathVariable WorkOrderId id) {
        return ImageResponses.of(workOrders.signature(id));
    }

    @GetMapping("/work-orders/{id}/documents/{kind}.pdf")
    ResponseEntity<byte[]> document(@PathVariable WorkOrderId id, @PathVariable String kind) {
        WorkOrderDocuments.Kind document = WorkOrderDocuments.Kind.fromPath(kind);
        WorkOrderView order = workOrders.get(id);
        byte[] pdf = documents.render(document, order);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"" + order.header().number() + "-" + kind + ".pdf\"")
                .body(pdf);
    }

    /**
     * A card on the board with what it shows already worked out, so that 300 cards render quickly.
     *
     * @param next the action of the card's button, if the next step needs no input
     */
    record BoardCard(
            WorkOrderSummary order,
            String advisor,
            @Nullable String technician,
            @Nullable String promised,
            @Nullable String next) {

        static BoardCard of(WorkOrderSummary order, Map<UserId, String> names, DateTimeFormatter promised) {
            String next = switch (order.status()) {
                case RECEIVED -> "estimate";
                case DISPATCHED -> "start";
                case IN_PROGRESS -> "submit-for-qc";
                case ON_HOLD -> "resume";
                default -> null;
            };
            return new BoardCard(
                    order,
                    names.getOrDefault(order.advisorId(), ""),
                    order.leadTechnicianId() == null ? null : names.get(order.leadTechnicianId()),
                    order.promisedAt() == null ? null : promised.format(order.promisedAt()),
                    next);
        }
    }

    private String step(UUID id, BindingResult form, RedirectAttributes redirect, Runnable change) {
        return step(id, "", form, redirect, change);
    }

    /**
     * Runs a step unless its form failed to bind or validate, and goes back to the page it came from with what
     * happened: saved, the form's field errors, or the work order's reason to refuse.
     */
    private String step(UUID id, String back, BindingResult form, RedirectAttributes redirect, Runnable change) {
        steps.run(form, redirect, change);
        return switch (back) {
            case "mine" -> "redirect:/work-orders/mine";
            case "qc" -> "redirect:/work-orders/qc";
            case "board" -> "redirect:/work-orders/board";
            default -> "redirect:/work-orders/" + id;
        };
    }

    private static WorkOrderFilter filter(@Nullable WorkOrderStatus status, @Nullable ServiceType serviceType) {
        return new WorkOrderFilter(
                CurrentStore.find().orElse(null), status, null, null, null, null, serviceType, null, null);
    }

    private static Map<UserId, String> names(Collection<StaffMember> staff) {
        Map<UserId, String> names = new LinkedHashMap<>();
        staff.forEach(member -> names.put(member.id(), member.displayName()));
        return names;
    }

    private static List<StaffMember> withRole(List<StaffMember> staff, Role role) {
        return staff.stream().filter(member -> member.has(role)).toList();
    }

    private static <T> List<T> orEmpty(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }

    private static @Nullable String emptyToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
