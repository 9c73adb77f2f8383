package io.aftersales.inventory.web;

import io.aftersales.inventory.MovementType;
import io.aftersales.inventory.NewPart;
import io.aftersales.inventory.NewTool;
import io.aftersales.inventory.PartCatalogue;
import io.aftersales.inventory.PartImport;
import io.aftersales.inventory.PartView;
import io.aftersales.inventory.PurchaseOrderId;
import io.aftersales.inventory.Purchasing;
import io.aftersales.inventory.StockManagement;
import io.aftersales.inventory.StocktakeId;
import io.aftersales.inventory.Stocktakes;
import io.aftersales.inventory.ToolCondition;
import io.aftersales.inventory.ToolId;
import io.aftersales.inventory.ToolManagement;
import io.aftersales.inventory.web.InventoryRequests.CalibrateRequest;
import io.aftersales.inventory.web.InventoryRequests.CheckInRequest;
import io.aftersales.inventory.web.InventoryRequests.CheckOutRequest;
import io.aftersales.inventory.web.InventoryRequests.VersionRequest;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.security.CurrentStore;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.web.FormSteps;
import io.aftersales.shared.web.NavItem;
import io.aftersales.shared.web.ProblemResponses;
import io.aftersales.shared.web.XlsxDownload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
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

/** The parts catalogue, a part's stock and ledger per store, and the store's stock list, in the browser. */
@Controller
class InventoryWebController {

    private final PartCatalogue catalogue;
    private final StockManagement stock;
    private final OrganizationManagement organization;
    private final ToolManagement tools;
    private final Purchasing purchasing;
    private final Stocktakes stocktakes;
    private final PartImport partImport;
    private final ProblemResponses messages;
    private final FormSteps steps;

    InventoryWebController(
            PartCatalogue catalogue,
            StockManagement stock,
            OrganizationManagement organization,
            ToolManagement tools,
            Purchasing purchasing,
            Stocktakes stocktakes,
            PartImport partImport,
            ProblemResponses messages,
            FormSteps steps) {
        this.steps = steps;
        this.catalogue = catalogue;
        this.stock = stock;
        this.tools = tools;
        this.purchasing = purchasing;
        this.stocktakes = stocktakes;
        this.partImport = partImport;
        this.organization = organization;
        this.messages = messages;
    }

    @Bean
    static NavItem partsNavItem() {
        return new NavItem("nav.parts", "/parts", "⚙", 30, Set.of()).inGroup(NavItem.PARTS);
    }

    @Bean
    static NavItem stockNavItem() {
        return new NavItem("nav.stock", "/stock", "▣", 31, Set.of()).inGroup(NavItem.PARTS);
    }

    @GetMapping("/parts")
    String parts(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", catalogue.search(q, page, 25, null));
        return "inventory/parts";
    }

    @PostMapping("/parts")
    String create(
            @RequestParam String number,
            @RequestParam String name,
            @RequestParam(required = false) @Nullable String brand,
            @RequestParam(required = false, defaultValue = "false") boolean genuine,
            @RequestParam(required = false) @Nullable String supplier,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam BigDecimal cost,
            @RequestParam BigDecimal listPrice,
            @RequestParam(required = false) @Nullable String barcode,
            @RequestParam(required = false) @Nullable String fitsModels,
            RedirectAttributes redirect) {
        try {
            PartView part = catalogue.create(new NewPart(
                    number, name, brand, genuine, supplier, unit, cost, listPrice, barcode, fitsModels, null));
            redirect.addFlashAttribute("saved", "common.saved");
            return "redirect:/parts/" + part.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
            return "redirect:/parts";
        }
    }

    @GetMapping("/parts/{id}")
    String part(@PathVariable PartId id, Model model) {
        model.addAttribute("part", catalogue.get(id));
        model.addAttribute("stock", stock.stock(null, id, false, 0, 200).items());
        model.addAttribute("movements", stock.movements(null, id, 0, 100).items());
        List<StoreView> stores = organization.visibleStores();
        model.addAttribute("stores", stores);
        model.addAttribute("storeNames", stores.stream().collect(Collectors.toMap(StoreView::id, StoreView::name)));
        model.addAttribute(
                "adjustmentTypes",
                List.of(
                        MovementType.ADJUSTMENT,
                        MovementType.RETURN,
                        MovementType.OLD_PART_RETURN,
                        MovementType.STOCKTAKE));
        return "inventory/part";
    }

    /** A receipt into a store's stock typed on the part's page. */
    record ReceiptForm(
            @NotNull StoreId storeId,

            @NotNull @DecimalMin(value = "0", inclusive = false)
            BigDecimal quantity,

            @Nullable @DecimalMin("0") BigDecimal unitCost,
            @Nullable @Size(max = 300) String reason) {}

    /** A correction of a store's stock (the change may be negative). */
    record AdjustmentForm(
            @NotNull StoreId storeId,
            @NotNull BigDecimal quantity,
            @Nullable MovementType type,
            @NotBlank @Size(max = 300) String reason) {}

    record TransferForm(
            @NotNull StoreId storeId,
            @NotNull StoreId toStoreId,

            @NotNull @DecimalMin(value = "0", inclusive = false)
            BigDecimal quantity,

            @Nullable @Size(max = 300) String reason) {}

    record SettingsForm(
            @NotNull StoreId storeId,
            @Nullable @Size(max = 30) String bin,
            @Nullable @DecimalMin("0") BigDecimal reorderPoint,
            @Nullable @DecimalMin("0") BigDecimal reorderQuantity) {}

    /** Quantities typed per part ({@code quantities[part ID]}); empty fields are left out. */
    record QuantitiesForm(@NotNull Long version, @Nullable Map<PartId, @DecimalMin("0") BigDecimal> quantities) {

        Map<PartId, BigDecimal> typed() {
            Map<PartId, BigDecimal> typed = new LinkedHashMap<>();
            if (quantities != null) {
                quantities.forEach((part, quantity) -> {
                    if (quantity != null) {
                        typed.put(part, quantity);
                    }
                });
            }
            return typed;
        }
    }

    @PostMapping("/parts/{id}/stock/receive")
    String receive(
            @PathVariable PartId id,
            @Valid @ModelAttribute ReceiptForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(
                "/parts/" + id,
                result,
                redirect,
                () -> stock.receive(
                        form.storeId(),
                        id,
                        form.quantity(),
                        form.unitCost() == null ? BigDecimal.ZERO : form.unitCost(),
                        form.reason()));
    }

    @PostMapping("/parts/{id}/stock/adjust")
    String adjust(
            @PathVariable PartId id,
            @Valid @ModelAttribute AdjustmentForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(
                "/parts/" + id,
                result,
                redirect,
                () -> stock.adjust(
                        form.storeId(),
                        id,
                        form.quantity(),
                        form.type() == null ? MovementType.ADJUSTMENT : form.type(),
                        form.reason()));
    }

    @PostMapping("/parts/{id}/stock/transfer")
    String transfer(
            @PathVariable PartId id,
            @Valid @ModelAttribute TransferForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(
                "/parts/" + id,
                result,
                redirect,
                () -> stock.transfer(
                        form.storeId(), new StoreId(form.toStoreId().value()), id, form.quantity(), form.reason()));
    }

    @PostMapping("/parts/{id}/stock/settings")
    String settings(
            @PathVariable PartId id,
            @Valid @ModelAttribute SettingsForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(
                "/parts/" + id,
                result,
                redirect,
                () -> stock.configure(form.storeId(), id, form.bin(), form.reorderPoint(), form.reorderQuantity()));
    }

    @Bean
    static NavItem purchaseOrdersNavItem() {
        return new NavItem(
                        "nav.purchaseOrders",
                        "/purchase-orders",
                        "✉",
                        33,
                        Set.of("ROLE_ADMIN", "ROLE_HQ", "ROLE_STORE_MANAGER", "ROLE_PARTS_CLERK"))
                .inGroup(NavItem.PARTS);
    }

    @Bean
    static NavItem stocktakesNavItem() {
        return new NavItem(
                        "nav.stocktakes",
                        "/stocktakes",
                        "☑",
                        34,
                        Set.of("ROLE_ADMIN", "ROLE_HQ", "ROLE_STORE_MANAGER", "ROLE_PARTS_CLERK"))
                .inGroup(NavItem.PARTS);
    }

    @Bean
    static NavItem toolsNavItem() {
        return new NavItem("nav.tools", "/tools", "⚒", 32, Set.of()).inGroup(NavItem.PARTS);
    }

    @GetMapping("/tools")
    String tools(
            @RequestParam(required = false, defaultValue = "false") boolean overdue,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        StoreId store = CurrentStore.find().orElse(null);
        var results = tools.search(store, null, overdue, page, 50);
        model.addAttribute("overdue", overdue);
        model.addAttribute("results", results);
        model.addAttribute("holders", tools.holderNames(results.items()));
        model.addAttribute(
                "technicians",
                store == null
                        ? List.of()
                        : organization.staffOf(store).stream()
                                .filter(m -> m.has(Role.TECHNICIAN))
                                .toList());
        model.addAttribute("conditions", ToolCondition.values());
        return "inventory/tools";
    }

    @PostMapping("/tools")
    String registerTool(
            @RequestParam String assetTag,
            @RequestParam String name,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String location,
            @RequestParam(required = false) @Nullable LocalDate calibrationDue,
            RedirectAttributes redirect) {
        try {
            tools.register(new NewTool(CurrentStore.findOrNone(), assetTag, name, category, location, calibrationDue));
            redirect.addFlashAttribute("saved", "common.saved");
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
        }
        return "redirect:/tools";
    }

    /** Check-out to the technician chosen, or to the signed-in user when none is. */
    @PostMapping("/tools/{id}/check-out")
    String checkOut(
            @PathVariable ToolId id,
            @Valid @ModelAttribute CheckOutRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        UserId holder = form.technicianId() == null ? CurrentUser.require().userId() : form.technicianId();
        return step("/tools", result, redirect, () -> tools.checkOut(id, form.version(), holder, null));
    }

    @PostMapping("/tools/{id}/check-in")
    String checkIn(
            @PathVariable ToolId id,
            @Valid @ModelAttribute CheckInRequest form,
            BindingResult result,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        return step(
                back.equals("mine") ? "/work-orders/mine" : "/tools",
                result,
                redirect,
                () -> tools.checkIn(
                        id,
                        form.version(),
                        form.condition() == null ? ToolCondition.GOOD : form.condition(),
                        form.note()));
    }

    @PostMapping("/tools/{id}/calibrate")
    String calibrate(
            @PathVariable ToolId id,
            @Valid @ModelAttribute CalibrateRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step("/tools", result, redirect, () -> tools.calibrate(id, form.version(), form.nextDue(), form.note()));
    }

    @GetMapping("/purchase-orders")
    String purchaseOrders(@RequestParam(required = false) @Nullable Integer page, Model model) {
        StoreId store = CurrentStore.find().orElse(null);
        model.addAttribute("suggestions", store == null ? List.of() : purchasing.suggestions(store));
        model.addAttribute("orders", purchasing.search(store, null, page, 25));
        return "inventory/purchase-orders";
    }

    @PostMapping("/purchase-orders/from-suggestions")
    String fromSuggestions(@RequestParam String supplier, RedirectAttributes redirect) {
        try {
            var order = purchasing.createFromSuggestions(CurrentStore.findOrNone(), supplier);
            redirect.addFlashAttribute("saved", "common.saved");
            return "redirect:/purchase-orders/" + order.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
            return "redirect:/purchase-orders";
        }
    }

    @GetMapping("/purchase-orders/{id}")
    String purchaseOrder(@PathVariable PurchaseOrderId id, Model model) {
        var order = purchasing.get(id);
        model.addAttribute("order", order);
        model.addAttribute(
                "parts",
                catalogue.getAll(order.lines().stream().map(l -> l.partId()).toList()).stream()
                        .collect(Collectors.toMap(PartView::id, p -> p)));
        return "inventory/purchase-order";
    }

    @PostMapping("/purchase-orders/{id}/send")
    String sendOrder(
            @PathVariable PurchaseOrderId id,
            @Valid @ModelAttribute VersionRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step("/purchase-orders/" + id, result, redirect, () -> purchasing.send(id, form.version()));
    }

    @PostMapping("/purchase-orders/{id}/cancel")
    String cancelOrder(
            @PathVariable PurchaseOrderId id,
            @Valid @ModelAttribute VersionRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step("/purchase-orders/" + id, result, redirect, () -> purchasing.cancel(id, form.version()));
    }

    /** What arrived per part ({@code quantities[part ID]}). */
    @PostMapping("/purchase-orders/{id}/receive")
    String receiveOrder(
            @PathVariable PurchaseOrderId id,
            @Valid @ModelAttribute QuantitiesForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(
                "/purchase-orders/" + id, result, redirect, () -> purchasing.receive(id, form.version(), form.typed()));
    }

    @GetMapping("/stocktakes")
    String stocktakeList(@RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("sheets", stocktakes.search(CurrentStore.find().orElse(null), page, 25));
        return "inventory/stocktakes";
    }

    @PostMapping("/stocktakes")
    String openStocktake(@RequestParam(required = false) @Nullable String location, RedirectAttributes redirect) {
        try {
            var sheet = stocktakes.open(CurrentStore.findOrNone(), location);
            return "redirect:/stocktakes/" + sheet.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
            return "redirect:/stocktakes";
        }
    }

    @GetMapping("/stocktakes/{id}")
    String stocktake(@PathVariable StocktakeId id, Model model) {
        model.addAttribute("sheet", stocktakes.get(id));
        return "inventory/stocktake";
    }

    /** The counts typed per part ({@code quantities[part ID]}). */
    @PostMapping("/stocktakes/{id}/counts")
    String count(
            @PathVariable StocktakeId id,
            @Valid @ModelAttribute QuantitiesForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step("/stocktakes/" + id, result, redirect, () -> stocktakes.count(id, form.version(), form.typed()));
    }

    @PostMapping("/stocktakes/{id}/submit")
    String submitCount(
            @PathVariable StocktakeId id,
            @Valid @ModelAttribute VersionRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step("/stocktakes/" + id, result, redirect, () -> stocktakes.submit(id, form.version()));
    }

    @PostMapping("/stocktakes/{id}/approve")
    String approveCount(
            @PathVariable StocktakeId id,
            @Valid @ModelAttribute VersionRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step("/stocktakes/" + id, result, redirect, () -> stocktakes.approve(id, form.version()));
    }

    @PostMapping("/stocktakes/{id}/reject")
    String rejectCount(
            @PathVariable StocktakeId id,
            @Valid @ModelAttribute VersionRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step("/stocktakes/" + id, result, redirect, () -> stocktakes.reject(id, form.version()));
    }

    @PostMapping("/parts/import")
    String importParts(@RequestParam MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            var report = partImport.importSheet(
                    CurrentStore.findOrNone(),
                    String.valueOf(file.getOriginalFilename()),
                    file.getInputStream(),
                    false);
            if (!report.ignoredColumns().isEmpty()) {
                redirect.addFlashAttribute(
                        "importIgnored",
                        messages.text("parts.ignoredColumns", String.join("、", report.ignoredColumns())));
            }
            if (report.problems().isEmpty()) {
                redirect.addFlashAttribute("savedText", messages.text("parts.imported", report.parts()));
            } else {
                redirect.addFlashAttribute(
                        "failedText",
                        messages.text("parts.importProblems", report.problems().size()));
                redirect.addFlashAttribute("importProblems", report.problems());
            }
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
        }
        return "redirect:/parts";
    }

    @GetMapping("/stock/export")
    ResponseEntity<byte[]> exportStock() {
        StoreId store = CurrentStore.findOrNone();
        return XlsxDownload.of("stock.xlsx", out -> partImport.exportStock(store, out));
    }

    @GetMapping("/stock")
    String stock(
            @RequestParam(required = false, defaultValue = "false") boolean low,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        StoreId store = CurrentStore.find().orElse(null);
        model.addAttribute("low", low);
        model.addAttribute("results", store == null ? null : stock.stock(store, null, low, page, 50));
        return "inventory/stock";
    }

    /**
     * Runs a step unless its form failed to bind or validate, and goes back to the page with what happened: saved, the
     * form's field errors, or the reason the step was refused.
     */
    private String step(String back, BindingResult form, RedirectAttributes redirect, Runnable change) {
        steps.run(form, redirect, change);
        return "redirect:" + back;
    }
}
