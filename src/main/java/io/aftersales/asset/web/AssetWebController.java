package io.aftersales.asset.web;

import io.aftersales.asset.AssetId;
import io.aftersales.asset.AssetManagement;
import io.aftersales.asset.AssetSearchAction;
import io.aftersales.asset.AssetView;
import io.aftersales.asset.CustomerSearch;
import io.aftersales.asset.DuplicateAsset;
import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.customer.CustomerView;
import io.aftersales.customer.DuplicateCustomer;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Front-desk pages: the search box, a new customer with their first asset, an asset's page. */
@Controller
class AssetWebController {

    private final AssetManagement assets;
    private final CustomerManagement customers;
    private final CustomerSearch search;
    private final List<AssetSearchAction> searchActions;

    AssetWebController(
            AssetManagement assets,
            CustomerManagement customers,
            CustomerSearch search,
            List<AssetSearchAction> searchActions) {
        this.assets = assets;
        this.customers = customers;
        this.search = search;
        this.searchActions = searchActions;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("results", search.search(q));
        model.addAttribute("actions", searchActions);
        return "asset/search";
    }

    @GetMapping("/customers/new")
    String intakeForm(@ModelAttribute("form") IntakeForm form, @RequestParam(required = false) @Nullable String q) {
        if (q != null
                && form.getPhones().isEmpty()
                && form.getAsset().getPlate().isEmpty()) {
            // Coming from a search that found nobody: start from what was typed.
            if (q.matches("[+0-9 -]{7,}")) {
                form.setPhones(q);
            } else {
                form.getAsset().setPlate(q);
            }
        }
        return "asset/intake";
    }

    /**
     * Creates the customer and the asset together. Possible duplicates (same phone, VIN or plate) are shown first, with
     * links, and created only when the user confirms.
     */
    @PostMapping("/customers/new")
    String intake(
            @Valid @ModelAttribute("form") IntakeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "asset/intake";
        }
        try {
            if (!form.isConfirmDuplicates()) {
                List<DuplicateCustomer> sameCustomer = customers.duplicatesOfPhones(form.phoneList());
                List<DuplicateAsset> sameAsset =
                        assets.duplicatesOf(form.getAsset().toNewAsset(null));
                if (!sameCustomer.isEmpty() || !sameAsset.isEmpty()) {
                    model.addAttribute("duplicateCustomers", sameCustomer);
                    model.addAttribute("duplicateAssets", sameAsset);
                    return "asset/intake";
                }
            }
            AssetManagement.Intake intake = assets.registerWithNewCustomer(
                    form.toCustomerDetails(), form.getAsset().toNewAsset(null));
            redirect.addFlashAttribute("saved", "common.saved");
            if (!form.getComplaint().isEmpty()) {
                // Straight on to reception, the customer's words already written down.
                redirect.addAttribute("assetId", intake.asset().id().toString());
                redirect.addAttribute("complaint", form.getComplaint());
                return "redirect:/work-orders/new";
            }
            return "redirect:/customers/" + intake.customer().customer().id();
        } catch (DomainException e) {
            FormErrors.reject(result, e, "asset.");
            return "asset/intake";
        }
    }

    @GetMapping("/customers/{customerId}/assets/new")
    String assetForm(@PathVariable CustomerId customerId, @ModelAttribute("form") AssetForm form, Model model) {
        model.addAttribute("customer", customers.get(customerId));
        return "asset/asset-form";
    }

    @PostMapping("/customers/{customerId}/assets/new")
    String addAsset(
            @PathVariable CustomerId customerId,
            @Valid @ModelAttribute("form") AssetForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("customer", customers.get(customerId));
        if (result.hasErrors()) {
            return "asset/asset-form";
        }
        try {
            if (!form.isConfirmDuplicates()) {
                List<DuplicateAsset> sameAsset = assets.duplicatesOf(form.toNewAsset(customerId));
                if (!sameAsset.isEmpty()) {
                    model.addAttribute("duplicateAssets", sameAsset);
                    return "asset/asset-form";
                }
            }
            AssetView asset = assets.register(form.toNewAsset(customerId)).asset();
            redirect.addFlashAttribute("saved", "common.saved");
            return "redirect:/assets/" + asset.id();
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return "asset/asset-form";
        }
    }

    @GetMapping("/assets/{id}")
    String show(@PathVariable AssetId id, Model model) {
        AssetView asset = assets.get(id);
        model.addAttribute("asset", asset);
        model.addAttribute("owner", customers.get(asset.customerId()));
        model.addAttribute("warranty", assets.warranty(id, null, null));
        return "asset/asset";
    }

    /** The warranty answer for another date or mileage: an htmx fragment, or the whole page without htmx. */
    @GetMapping("/assets/{id}/warranty")
    String warranty(
            @PathVariable AssetId id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @Nullable Integer mileage,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        if (htmx == null) {
            show(id, model);
        } else {
            model.addAttribute("asset", assets.get(id));
        }
        model.addAttribute("warranty", assets.warranty(id, date, mileage));
        return htmx != null ? "asset/asset :: warranty" : "asset/asset";
    }

    /** Transfers the asset to the customer with this phone (the new owner), keeping the ownership history. */
    @PostMapping("/assets/{id}/transfer")
    String transfer(
            @PathVariable AssetId id,
            @RequestParam String phone,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam long version,
            RedirectAttributes redirect) {
        AssetView asset = assets.get(id);
        List<CustomerView> owners = customers.lookUp(phone, 3).stream()
                .filter(c -> !c.id().equals(asset.customerId()))
                .toList();
        if (owners.size() != 1) {
            redirect.addFlashAttribute(
                    "failed", owners.isEmpty() ? "customer.mergeTargetNotFound" : "customer.mergeTargetAmbiguous");
            return "redirect:/assets/" + id;
        }
        try {
            assets.transfer(id, owners.get(0).id(), reason, version);
            redirect.addFlashAttribute("saved", "common.saved");
        } catch (DomainException e) {
            redirect.addFlashAttribute("failed", e.messageKey());
        }
        return "redirect:/assets/" + id;
    }

    @PostMapping("/assets/{id}/mileage")
    String recordMileage(
            @PathVariable AssetId id,
            @RequestParam @Nullable Integer mileage,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        try {
            if (mileage == null) {
                redirect.addFlashAttribute("failed", "asset.mileageRequired");
            } else {
                assets.recordMileage(id, mileage, null, reason);
                redirect.addFlashAttribute("saved", "common.saved");
            }
        } catch (DomainException e) {
            redirect.addFlashAttribute("failed", e.messageKey());
            redirect.addFlashAttribute("failedArgs", e.args());
        }
        return "redirect:/assets/" + id;
    }
}
