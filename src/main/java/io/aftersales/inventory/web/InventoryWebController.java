package io.aftersales.inventory.web;

import io.aftersales.inventory.MovementType;
import io.aftersales.inventory.NewPart;
import io.aftersales.inventory.NewTool;
import io.aftersales.inventory.PartCatalogue;
import io.aftersales.inventory.PartImport;
import io.aftersales.inventory.PartView;
import io.aftersales.inventory.Purchasing;
import io.aftersales.inventory.StockManagement;
import io.aftersales.inventory.Stocktakes;
import io.aftersales.inventory.ToolCondition;
import io.aftersales.inventory.ToolManagement;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentStore;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.web.NavItem;
import io.aftersales.shared.web.ProblemResponses;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

    InventoryWebController(
            PartCatalogue catalogue,
            StockManagement stock,
            OrganizationManagement organization,
            ToolManagement tools,
            Purchasing purchasing,
            Stocktakes stocktakes,
            PartImport partImport,
            ProblemResponses messages) {
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
        return new NavItem("nav.parts", "/parts", "⚙", 30, Set.of());
    }

    @Bean
    static NavItem stockNavItem() {
        return new NavItem("nav.stock", "/stock", "▣", 31, Set.of());
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
    String part(@PathVariable UUID id, Model model) {
        model.addAttribute("part", catalogue.get(id));
        model.addAttribute("stock", stock.stock(null, id, false, 0, 200).items());
        model.addAttribute("movements", stock.movements(null, id, 0, 100).items());
        List<StoreView> stores = myStores();
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

    @PostMapping("/parts/{id}/stock/{action}")
    String change(
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam UUID storeId,
            @RequestParam(required = false) @Nullable UUID toStoreId,
            @RequestParam(required = false) @Nullable BigDecimal quantity,
            @RequestParam(required = false) @Nullable BigDecimal unitCost,
            @RequestParam(required = false) @Nullable MovementType type,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String bin,
            @RequestParam(required = false) @Nullable BigDecimal reorderPoint,
            @RequestParam(required = false) @Nullable BigDecimal reorderQuantity,
            RedirectAttributes redirect) {
        BigDecimal q = quantity == null ? BigDecimal.ZERO : quantity;
        try {
            switch (action) {
                case "receive" -> stock.receive(storeId, id, q, unitCost == null ? BigDecimal.ZERO : unitCost, reason);
                case "adjust" ->
                    stock.adjust(
                            storeId,
                            id,
                            q,
                            type == null ? MovementType.ADJUSTMENT : type,
                            reason == null ? "" : reason);
                case "transfer" -> stock.transfer(storeId, toStoreId == null ? storeId : toStoreId, id, q, reason);
                case "settings" -> stock.configure(storeId, id, bin, reorderPoint, reorderQuantity);
                default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            redirect.addFlashAttribute("saved", "common.saved");
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
        }
        return "redirect:/parts/" + id;
    }

    @Bean
    static NavItem purchaseOrdersNavItem() {
        return new NavItem(
                "nav.purchaseOrders",
                "/purchase-orders",
                "✉",
                33,
                Set.of("ROLE_ADMIN", "ROLE_HQ", "ROLE_STORE_MANAGER", "ROLE_PARTS_CLERK"));
    }

    @Bean
    static NavItem stocktakesNavItem() {
        return new NavItem(
                "nav.stocktakes",
                "/stocktakes",
                "☑",
                34,
                Set.of("ROLE_ADMIN", "ROLE_HQ", "ROLE_STORE_MANAGER", "ROLE_PARTS_CLERK"));
    }

    @Bean
    static NavItem toolsNavItem() {
        return new NavItem("nav.tools", "/tools", "⚒", 32, Set.of());
    }

    @GetMapping("/tools")
    String tools(
            @RequestParam(required = false, defaultValue = "false") boolean overdue,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        UUID store = CurrentStore.find().orElse(null);
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
            tools.register(new NewTool(
                    CurrentStore.find().orElse(new UUID(0, 0)), assetTag, name, category, location, calibrationDue));
            redirect.addFlashAttribute("saved", "common.saved");
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
        }
        return "redirect:/tools";
    }

    @PostMapping("/tools/{id}/{action}")
    String toolAction(
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable UUID technicianId,
            @RequestParam(required = false) @Nullable ToolCondition condition,
            @RequestParam(required = false) @Nullable LocalDate nextDue,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false, defaultValue = "") String back,
            RedirectAttributes redirect) {
        try {
            switch (action) {
                case "check-out" ->
                    tools.checkOut(
                            id,
                            version,
                            technicianId == null ? CurrentUser.require().userId() : technicianId,
                            null);
                case "check-in" -> tools.checkIn(id, version, condition == null ? ToolCondition.GOOD : condition, note);
                case "calibrate" -> {
                    if (nextDue == null) {
                        throw new InvalidInputException("nextDue", "tools.nextDueRequired");
                    }
                    tools.calibrate(id, version, nextDue, note);
                }
                default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            redirect.addFlashAttribute("saved", "common.saved");
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
        }
        return back.equals("mine") ? "redirect:/work-orders/mine" : "redirect:/tools";
    }

    @GetMapping("/purchase-orders")
    String purchaseOrders(@RequestParam(required = false) @Nullable Integer page, Model model) {
        UUID store = CurrentStore.find().orElse(null);
        model.addAttribute("suggestions", store == null ? List.of() : purchasing.suggestions(store));
        model.addAttribute("orders", purchasing.search(store, null, page, 25));
        return "inventory/purchase-orders";
    }

    @PostMapping("/purchase-orders/from-suggestions")
    String fromSuggestions(@RequestParam String supplier, RedirectAttributes redirect) {
        try {
            var order = purchasing.createFromSuggestions(CurrentStore.find().orElse(new UUID(0, 0)), supplier);
            redirect.addFlashAttribute("saved", "common.saved");
            return "redirect:/purchase-orders/" + order.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
            return "redirect:/purchase-orders";
        }
    }

    @GetMapping("/purchase-orders/{id}")
    String purchaseOrder(@PathVariable UUID id, Model model) {
        var order = purchasing.get(id);
        model.addAttribute("order", order);
        model.addAttribute(
                "parts",
                catalogue.getAll(order.lines().stream().map(l -> l.partId()).toList()).stream()
                        .collect(Collectors.toMap(PartView::id, p -> p)));
        return "inventory/purchase-order";
    }

    @PostMapping("/purchase-orders/{id}/{action}")
    String purchaseOrderAction(
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam long version,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        try {
            switch (action) {
                case "send" -> purchasing.send(id, version);
                case "cancel" -> purchasing.cancel(id, version);
                case "receive" -> purchasing.receive(id, version, quantitiesByPart(form, "received-"));
                default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            redirect.addFlashAttribute("saved", "common.saved");
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
        }
        return "redirect:/purchase-orders/" + id;
    }

    @GetMapping("/stocktakes")
    String stocktakeList(@RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("sheets", stocktakes.search(CurrentStore.find().orElse(null), page, 25));
        return "inventory/stocktakes";
    }

    @PostMapping("/stocktakes")
    String openStocktake(@RequestParam(required = false) @Nullable String location, RedirectAttributes redirect) {
        try {
            var sheet = stocktakes.open(CurrentStore.find().orElse(new UUID(0, 0)), location);
            return "redirect:/stocktakes/" + sheet.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
            return "redirect:/stocktakes";
        }
    }

    @GetMapping("/stocktakes/{id}")
    String stocktake(@PathVariable UUID id, Model model) {
        model.addAttribute("sheet", stocktakes.get(id));
        return "inventory/stocktake";
    }

    @PostMapping("/stocktakes/{id}/{action}")
    String stocktakeAction(
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam long version,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        try {
            switch (action) {
                case "counts" -> stocktakes.count(id, version, quantitiesByPart(form, "counted-"));
                case "submit" -> stocktakes.submit(id, version);
                case "approve" -> stocktakes.approve(id, version);
                case "reject" -> stocktakes.reject(id, version);
                default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            redirect.addFlashAttribute("saved", "common.saved");
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
        }
        return "redirect:/stocktakes/" + id;
    }

    @PostMapping("/parts/import")
    String importParts(@RequestParam MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            var report = partImport.importSheet(
                    CurrentStore.find().orElse(new UUID(0, 0)),
                    String.valueOf(file.getOriginalFilename()),
                    file.getInputStream(),
                    false);
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
    void exportStock(HttpServletResponse response) throws IOException {
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=stock.xlsx");
        partImport.exportStock(CurrentStore.find().orElse(new UUID(0, 0)), response.getOutputStream());
    }

    @GetMapping("/stock")
    String stock(
            @RequestParam(required = false, defaultValue = "false") boolean low,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        UUID store = CurrentStore.find().orElse(null);
        model.addAttribute("low", low);
        model.addAttribute("results", store == null ? null : stock.stock(store, null, low, page, 50));
        return "inventory/stock";
    }

    /** The quantities typed per part, from form fields named {@code <prefix><partId>}; empty fields are left out. */
    private static Map<UUID, BigDecimal> quantitiesByPart(MultiValueMap<String, String> form, String prefix) {
        Map<UUID, BigDecimal> quantities = new LinkedHashMap<>();
        form.forEach((key, values) -> {
            if (key.startsWith(prefix) && !values.isEmpty() && !values.get(0).isBlank()) {
                quantities.put(UUID.fromString(key.substring(prefix.length())), new BigDecimal(values.get(0)));
            }
        });
        return quantities;
    }

    private List<StoreView> myStores() {
        var user = CurrentUser.require();
        return organization.stores(null, 0, 200, null).items().stream()
                .filter(s -> user.canSeeStore(s.id()))
                .toList();
    }
}
