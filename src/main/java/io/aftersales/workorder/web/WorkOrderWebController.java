package io.aftersales.workorder.web;

import io.aftersales.asset.AssetManagement;
import io.aftersales.asset.AssetView;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.security.CurrentStore;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.web.ProblemResponses;
import io.aftersales.workorder.InspectionRating;
import io.aftersales.workorder.InspectionResult;
import io.aftersales.workorder.LineKind;
import io.aftersales.workorder.NewLine;
import io.aftersales.workorder.NewWorkOrder;
import io.aftersales.workorder.PayType;
import io.aftersales.workorder.PaymentLine;
import io.aftersales.workorder.PaymentMethod;
import io.aftersales.workorder.PhotoStage;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.StoreMonth;
import io.aftersales.workorder.WorkOrderFilter;
import io.aftersales.workorder.WorkOrderManagement;
import io.aftersales.workorder.WorkOrderStatus;
import io.aftersales.workorder.WorkOrderSummary;
import io.aftersales.workorder.WorkOrderView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The service lane in the browser: reception, the work-order page with one form per step, the board, my jobs. */
@Controller
class WorkOrderWebController {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final WorkOrderManagement workOrders;
    private final AssetManagement assets;
    private final OrganizationManagement organization;
    private final WorkOrderDocuments documents;
    private final io.aftersales.inventory.PartCatalogue parts;
    private final io.aftersales.inventory.ToolManagement tools;
    private final ProblemResponses messages;
    private final io.aftersales.customer.CustomerManagement customers;

    WorkOrderWebController(
            WorkOrderManagement workOrders,
            AssetManagement assets,
            OrganizationManagement organization,
            WorkOrderDocuments documents,
            io.aftersales.inventory.PartCatalogue parts,
            io.aftersales.inventory.ToolManagement tools,
            ProblemResponses messages,
            io.aftersales.customer.CustomerManagement customers) {
        this.workOrders = workOrders;
        this.assets = assets;
        this.organization = organization;
        this.documents = documents;
        this.parts = parts;
        this.tools = tools;
        this.messages = messages;
        this.customers = customers;
    }

    /** Received, delivered, cancelled and output value per month and store (dashboard projection). */
    @GetMapping("/work-orders/monthly")
    String monthly(
            @RequestParam(required = false) @Nullable YearMonth from,
            @RequestParam(required = false) @Nullable YearMonth to,
            Model model) {
        YearMonth until = to != null ? to : YearMonth.now(ZONE);
        YearMonth since = from != null && !from.isAfter(until) ? from : until.minusMonths(11);
        if (since.plusYears(10).isBefore(until)) {
            since = until.minusYears(10);
        }
        List<StoreMonth> rows = workOrders.monthlyFigures(since, until, null);
        Map<UUID, String> storeNames = new java.util.HashMap<>();
        organization
                .storesById(rows.stream().map(StoreMonth::storeId).distinct().toList())
                .forEach(store -> storeNames.put(store.id(), store.name()));
        Map<YearMonth, List<StoreMonth>> byMonth = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        rows.forEach(row -> byMonth.computeIfAbsent(row.month(), m -> new java.util.ArrayList<>())
                .add(row));
        Map<YearMonth, StoreMonth> totals = new java.util.HashMap<>();
        byMonth.forEach((month, list) -> totals.put(
                month,
                new StoreMonth(
                        new UUID(0, 0),
                        month,
                        list.stream().mapToInt(StoreMonth::received).sum(),
                        list.stream().mapToInt(StoreMonth::delivered).sum(),
                        list.stream().mapToInt(StoreMonth::cancelled).sum(),
                        list.stream()
                                .map(StoreMonth::outputValue)
                                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))));
        model.addAttribute("months", byMonth);
        model.addAttribute("totals", totals);
        model.addAttribute("storeNames", storeNames);
        model.addAttribute("from", since);
        model.addAttribute("to", until);
        return "workorder/monthly";
    }

    @GetMapping("/work-orders")
    String list(
            @RequestParam(required = false) @Nullable WorkOrderStatus status,
            @RequestParam(required = false) @Nullable ServiceType serviceType,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable String sort,
            Model model) {
        UUID storeId = CurrentStore.find().orElse(null);
        model.addAttribute(
                "results",
                workOrders.search(
                        new WorkOrderFilter(storeId, status, null, null, null, null, serviceType, null, null),
                        page,
                        25,
                        sort));
        model.addAttribute("status", status);
        model.addAttribute("serviceType", serviceType);
        model.addAttribute("statuses", WorkOrderStatus.values());
        model.addAttribute("serviceTypes", ServiceType.values());
        return "workorder/work-orders";
    }

    @GetMapping("/work-orders/export")
    void export(
            @RequestParam(required = false) @Nullable WorkOrderStatus status,
            @RequestParam(required = false) @Nullable ServiceType serviceType,
            jakarta.servlet.http.HttpServletResponse response)
            throws IOException {
        response.setContentType(io.aftersales.shared.Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=work-orders.xlsx");
        workOrders.export(
                new WorkOrderFilter(
                        CurrentStore.find().orElse(null), status, null, null, null, null, serviceType, null, null),
                response.getOutputStream());
    }

    @GetMapping("/work-orders/board")
    String board(
            @RequestParam(required = false) @Nullable UUID advisorId,
            @RequestParam(required = false) @Nullable UUID technicianId,
            @RequestParam(required = false) @Nullable ServiceType serviceType,
            HtmxRequest htmx,
            Model model) {
        UUID storeId = CurrentStore.find().orElse(null);
        Map<WorkOrderStatus, List<BoardCard>> columns = new EnumMap<>(WorkOrderStatus.class);
        for (WorkOrderStatus status : WorkOrderStatus.values()) {
            if (status.open()) {
                columns.put(status, new ArrayList<>());
            }
        }
        List<StaffMember> staff = storeId == null ? List.of() : organization.staffOf(storeId);
        Map<UUID, String> names = names(staff);
        if (storeId != null) {
            for (WorkOrderSummary card : workOrders.board(storeId)) {
                if ((advisorId == null || advisorId.equals(card.advisorId()))
                        && (technicianId == null || technicianId.equals(card.leadTechnicianId()))
                        && (serviceType == null || serviceType == card.serviceType())) {
                    columns.get(card.status()).add(BoardCard.of(card, names));
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
        UUID me = CurrentUser.require().userId();
        List<WorkOrderView> jobs = workOrders.myJobs();
        model.addAttribute("jobs", jobs);
        model.addAttribute("myTools", tools.search(null, me, false, 0, 100).items());
        model.addAttribute(
                "clockedOn",
                jobs.stream()
                        .filter(job -> job.timeEntries().stream()
                                .anyMatch(t -> t.technicianId().equals(me) && t.endedAt() == null))
                        .map(WorkOrderView::id)
                        .collect(java.util.stream.Collectors.toSet()));
        return "workorder/mine";
    }

    @GetMapping("/work-orders/new")
    String reception(@RequestParam UUID assetId, Model model) {
        AssetView asset = assets.get(assetId);
        model.addAttribute("asset", asset);
        model.addAttribute("warranty", assets.warranty(assetId, null, asset.mileage()));
        model.addAttribute("customer", customers.get(asset.customerId()));
        model.addAttribute("tier", customers.tierOf(asset.customerId()));
        model.addAttribute("serviceTypes", ServiceType.values());
        model.addAttribute("history", workOrders.search(WorkOrderFilter.forAsset(assetId), 0, 5, null));
        return "workorder/reception";
    }

    @PostMapping("/work-orders")
    String receive(
            @RequestParam UUID assetId,
            @RequestParam ServiceType serviceType,
            @RequestParam String complaint,
            @RequestParam(required = false) @Nullable Integer mileage,
            @RequestParam(required = false) @Nullable Integer fuelLevel,
            @RequestParam(required = false) @Nullable String damage,
            @RequestParam(required = false) @Nullable String itemsLeft,
            @RequestParam(required = false) @Nullable LocalDateTime promisedAt,
            RedirectAttributes redirect) {
        AssetView asset = assets.get(assetId);
        UUID storeId = CurrentStore.find().orElse(new UUID(0, 0));
        try {
            WorkOrderView created = workOrders.receive(new NewWorkOrder(
                    storeId,
                    asset.customerId(),
                    assetId,
                    serviceType,
                    complaint,
                    mileage,
                    fuelLevel,
                    damage,
                    itemsLeft,
                    promisedAt == null ? null : promisedAt.atZone(ZONE).toInstant(),
                    null));
            redirect.addFlashAttribute("saved", "common.saved");
            return "redirect:/work-orders/" + created.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
            return "redirect:/work-orders/new?assetId=" + assetId;
        }
    }

    @GetMapping("/work-orders/{id}")
    String show(@PathVariable UUID id, Model model) {
        WorkOrderView order = workOrders.get(id);
        List<StaffMember> staff = organization.staffOf(order.storeId());
        Set<UUID> people = new HashSet<>(List.of(order.advisorId()));
        if (order.leadTechnicianId() != null) {
            people.add(order.leadTechnicianId());
        }
        people.addAll(order.assistantIds());
        if (order.qcPassedBy() != null) {
            people.add(order.qcPassedBy());
        }
        Map<UUID, String> names = names(organization.staff(people));
        names.putAll(names(staff));
        model.addAttribute("order", order);
        model.addAttribute(
                "toBring",
                order.checklist().stream()
                        .map(WorkOrderView.ChecklistItemView::item)
                        .collect(java.util.stream.Collectors.joining("\n")));
        model.addAttribute("names", names);
        model.addAttribute("technicians", withRole(staff, Role.TECHNICIAN));
        model.addAttribute("photos", workOrders.photos(id));
        model.addAttribute("templates", workOrders.jobTemplates());
        model.addAttribute("lineKinds", LineKind.values());
        model.addAttribute("payTypes", PayType.values());
        model.addAttribute("ratings", InspectionRating.values());
        model.addAttribute("paymentMethods", PaymentMethod.values());
        model.addAttribute("photoStages", PhotoStage.values());
        model.addAttribute("comebacks", workOrders.comebacksOf(id));
        return "workorder/work-order";
    }

    /** One form per step; the action names the facade method, the version travels as a hidden field. */
    @PostMapping("/work-orders/{id}/actions/{action}")
    String act(
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        long version = Long.parseLong(first(form, "version", "0"));
        try {
            Runnable step = step(id, action, version, form);
            step.run();
            redirect.addFlashAttribute("saved", "common.saved");
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("failedText", messages.text("error.page.400.text"));
        }
        String back = first(form, "back", "");
        return switch (back) {
            case "mine" -> "redirect:/work-orders/mine";
            case "board" -> "redirect:/work-orders/board";
            default -> "redirect:/work-orders/" + id;
        };
    }

    private Runnable step(UUID id, String action, long version, MultiValueMap<String, String> form) {
        return switch (action) {
            case "lines" ->
                () -> workOrders.addLine(
                        id,
                        version,
                        new NewLine(
                                LineKind.valueOf(first(form, "kind", "LABOR")),
                                first(form, "description", ""),
                                decimal(form, "quantity"),
                                decimal(form, "unitPrice"),
                                PayType.valueOf(first(form, "payType", "CUSTOMER")),
                                null,
                                optional(form, "partNumber"),
                                form.containsKey("genuine") ? Boolean.TRUE : null,
                                optional(form, "warrantyOverrideReason")));
            case "remove-line" -> () -> workOrders.removeLine(id, version, UUID.fromString(first(form, "lineId", "")));
            case "template" -> () -> workOrders.addTemplate(id, version, first(form, "template", ""));
            case "inspection" -> () -> workOrders.recordInspection(id, version, inspection(form));
            case "plan" ->
                () -> workOrders.plan(
                        id,
                        version,
                        optional(form, "mainProblem"),
                        optional(form, "plannedSteps"),
                        List.of(first(form, "toBring", "").split("\\R")));
            case "checklist" ->
                () -> workOrders.tickChecklist(
                        id,
                        version,
                        form.getOrDefault("ticked", List.of()).stream()
                                .map(Integer::valueOf)
                                .toList());
            case "tool-kit" -> () -> workOrders.copyToolKit(id, version);
            case "estimate" -> () -> workOrders.estimate(id, version);
            case "approve" ->
                () -> {
                    List<UUID> approved = new ArrayList<>();
                    List<UUID> declined = new ArrayList<>();
                    decisions(form, approved, declined);
                    workOrders.approve(id, version, approved, declined, first(form, "approvedBy", ""));
                };
            case "dispatch" ->
                () -> workOrders.dispatch(
                        id,
                        version,
                        UUID.fromString(first(form, "leadTechnicianId", "")),
                        form.getOrDefault("assistantIds", List.of()).stream()
                                .filter(s -> !s.isBlank())
                                .map(UUID::fromString)
                                .toList(),
                        optional(form, "bay"));
            case "start" -> () -> workOrders.start(id, version);
            case "hold" -> () -> workOrders.hold(id, version, first(form, "reason", ""));
            case "resume" -> () -> workOrders.resume(id, version);
            case "clock-on" -> () -> workOrders.clockOn(id, version, optionalId(form, "lineId"));
            case "clock-off" -> () -> workOrders.clockOff(id, version);
            case "log" ->
                () -> workOrders.log(
                        id, version, first(form, "text", ""), optionalId(form, "lineId"), optional(form, "rootCause"));
            case "submit-for-qc" -> () -> workOrders.submitForQualityCheck(id, version);
            case "pass-qc" -> () -> workOrders.passQualityCheck(id, version, optional(form, "note"));
            case "fail-qc" -> () -> workOrders.failQualityCheck(id, version, first(form, "reason", ""));
            case "complete" -> () -> workOrders.complete(id, version, optional(form, "finalTest"));
            case "settle" -> () -> workOrders.settle(id, version, payments(form));
            case "deliver" ->
                () -> workOrders.deliver(id, version, first(form, "signedBy", ""), optional(form, "signature"));
            case "cancel" -> () -> workOrders.cancel(id, version, first(form, "reason", ""));
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    /** A link for the customer to approve the estimate on their phone; shown once, to be sent by the advisor. */
    @PostMapping("/work-orders/{id}/actions/approval-link")
    String approvalLink(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            String token = workOrders.issueApprovalLink(id, version);
            redirect.addFlashAttribute(
                    "approvalUrl",
                    ServletUriComponentsBuilder.fromCurrentContextPath()
                            .path("/estimates/{token}")
                            .buildAndExpand(token)
                            .toUriString());
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
        }
        return "redirect:/work-orders/" + id + "#approval";
    }

    @PostMapping("/work-orders/{id}/photos")
    String addPhoto(
            @PathVariable UUID id,
            @RequestParam MultipartFile file,
            @RequestParam PhotoStage stage,
            @RequestParam(required = false) @Nullable String caption,
            RedirectAttributes redirect)
            throws IOException {
        try {
            workOrders.addPhoto(id, stage, caption, String.valueOf(file.getContentType()), file.getBytes());
            redirect.addFlashAttribute("saved", "common.saved");
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
        }
        return "redirect:/work-orders/" + id + "#photos";
    }

    @GetMapping("/work-orders/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
        return image(() -> workOrders.photo(id, photoId));
    }

    @GetMapping("/work-orders/{id}/signature.png")
    ResponseEntity<byte[]> signature(@PathVariable UUID id) {
        String signature = workOrders.signature(id);
        if (signature == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        byte[] png = Base64.getDecoder().decode(signature.substring(signature.indexOf(',') + 1));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
    }

    @GetMapping("/work-orders/{id}/documents/{kind}.pdf")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String kind) {
        WorkOrderDocuments.Kind document = WorkOrderDocuments.Kind.fromPath(kind);
        WorkOrderView order = workOrders.get(id);
        byte[] pdf = documents.render(document, order);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + order.number() + "-" + kind + ".pdf\"")
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

        private static final java.time.format.DateTimeFormatter PROMISED =
                java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZONE);

        static BoardCard of(WorkOrderSummary order, Map<UUID, String> names) {
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
                    order.promisedAt() == null ? null : PROMISED.format(order.promisedAt()),
                    next);
        }
    }

    static ResponseEntity<byte[]> image(Supplier<WorkOrderManagement.PhotoContent> load) {
        WorkOrderManagement.PhotoContent content = load.get();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .cacheControl(CacheControl.noCache())
                .body(content.data());
    }

    static void decisions(MultiValueMap<String, String> form, List<UUID> approved, List<UUID> declined) {
        form.forEach((key, values) -> {
            if (key.startsWith("decision-") && !values.isEmpty()) {
                UUID lineId = UUID.fromString(key.substring("decision-".length()));
                if ("APPROVED".equals(values.get(0))) {
                    approved.add(lineId);
                } else if ("DECLINED".equals(values.get(0))) {
                    declined.add(lineId);
                }
            }
        });
    }

    /** A part line typed with a catalogue number is linked to that part, so that it reserves stock. */
    private @Nullable UUID catalogued(String kind, @Nullable String partNumber) {
        if (!"PART".equals(kind) || partNumber == null) {
            return null;
        }
        String number = partNumber.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        return parts.search(number, 0, 5, null).items().stream()
                .filter(p -> p.number().equals(number))
                .map(io.aftersales.inventory.PartView::id)
                .findFirst()
                .orElse(null);
    }

    private static List<InspectionResult> inspection(MultiValueMap<String, String> form) {
        List<String> items = form.getOrDefault("item", List.of());
        List<InspectionResult> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String rating = first(form, "rating-" + i, "");
            results.add(new InspectionResult(
                    items.get(i),
                    rating.isBlank() ? null : InspectionRating.valueOf(rating),
                    optional(form, "note-" + i)));
        }
        return results;
    }

    private static List<PaymentLine> payments(MultiValueMap<String, String> form) {
        List<PaymentLine> payments = new ArrayList<>();
        for (PaymentMethod method : PaymentMethod.values()) {
            String amount = first(form, "amount-" + method, "");
            if (!amount.isBlank() && new BigDecimal(amount).signum() > 0) {
                payments.add(new PaymentLine(method, new BigDecimal(amount)));
            }
        }
        return payments;
    }

    private static Map<UUID, String> names(Collection<StaffMember> staff) {
        Map<UUID, String> names = new LinkedHashMap<>();
        staff.forEach(member -> names.put(member.id(), member.displayName()));
        return names;
    }

    private static List<StaffMember> withRole(List<StaffMember> staff, Role role) {
        return staff.stream().filter(member -> member.has(role)).toList();
    }

    private static BigDecimal decimal(MultiValueMap<String, String> form, String name) {
        String value = first(form, name, "");
        return value.isBlank() ? BigDecimal.ZERO : new BigDecimal(value.trim());
    }

    private static String first(MultiValueMap<String, String> form, String name, String fallback) {
        String value = form.getFirst(name);
        return value == null ? fallback : value;
    }

    private static @Nullable String optional(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static @Nullable UUID optionalId(MultiValueMap<String, String> form, String name) {
        String value = optional(form, name);
        return value == null ? null : UUID.fromString(value);
    }
}
