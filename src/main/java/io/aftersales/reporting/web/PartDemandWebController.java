package io.aftersales.reporting.web;

import io.aftersales.inventory.PurchaseOrderView;
import io.aftersales.reporting.PartDemand;
import io.aftersales.reporting.PartDemandSheet;
import io.aftersales.shared.Labels;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.web.XlsxDownload;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 配件需求预测: the page of a store's most used parts, their forecast and the purchase it suggests. */
@Controller
class PartDemandWebController {

    private final PartDemand demand;
    private final ReportDefaults defaults;
    private final KpiSheets sheets;
    private final Labels labels;

    PartDemandWebController(PartDemand demand, ReportDefaults defaults, KpiSheets sheets, Labels labels) {
        this.demand = demand;
        this.defaults = defaults;
        this.sheets = sheets;
        this.labels = labels;
    }

    @GetMapping("/reports/parts-demand")
    String page(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable Integer months,
            @RequestParam(required = false) @Nullable Integer top,
            Model model) {
        return page(sheet(storeId, months, top), topOf(top), "", model);
    }

    @GetMapping("/reports/parts-demand/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable Integer months,
            @RequestParam(required = false) @Nullable Integer top) {
        PartDemandSheet sheet = sheet(storeId, months, top);
        return XlsxDownload.of("parts-demand-" + sheet.lastMonth() + ".xlsx", out -> sheets.write(sheet, out));
    }

    @PostMapping("/reports/parts-demand/purchase-order")
    String order(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable Integer top,
            @RequestParam(required = false, defaultValue = "") String supplier,
            Model model,
            RedirectAttributes redirect) {
        PartDemandSheet sheet = sheet(storeId, null, top);
        if (supplier.isBlank() || supplier.length() > 200) {
            model.addAttribute("supplierError", labels.text("purchase.supplierRequired"));
            return page(sheet, topOf(top), supplier, model);
        }
        try {
            PurchaseOrderView order = demand.order(sheet.storeId(), supplier.trim(), topOf(top));
            redirect.addFlashAttribute("saved", "common.saved");
            return "redirect:/purchase-orders/" + order.id();
        } catch (DomainException e) {
            model.addAttribute("failedText", labels.text(e.messageKey(), e.args()));
            return page(sheet, topOf(top), supplier, model);
        }
    }

    private PartDemandSheet sheet(@Nullable StoreId storeId, @Nullable Integer months, @Nullable Integer top) {
        return demand.forecast(defaults.store(storeId), months == null ? 3 : months, topOf(top));
    }

    private static int topOf(@Nullable Integer top) {
        return top == null ? 20 : top;
    }

    private String page(PartDemandSheet sheet, int top, String supplier, Model model) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("top", top);
        model.addAttribute("stores", defaults.visibleStores());
        model.addAttribute("supplier", supplier);
        model.addAttribute("canOrder", !sheet.parts().isEmpty());
        return "reporting/parts-demand";
    }
}
