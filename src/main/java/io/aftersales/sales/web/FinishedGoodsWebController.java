package io.aftersales.sales.web;

import io.aftersales.sales.NewProduct;
import io.aftersales.sales.ProductId;
import io.aftersales.sales.Products;
import io.aftersales.sales.StockReceipt;
import io.aftersales.shared.Paging;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.web.FormErrors;
import io.aftersales.shared.web.FormSteps;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 成品库存: the products with what is on hand, stock per warehouse and location, the latest movements, and the forms
 * to add a product and to receive goods from production.
 */
@Controller
class FinishedGoodsWebController {

    record ProductForm(
            @NotBlank @Size(max = 60) @Nullable String model,
            @NotBlank @Size(max = 200) @Nullable String name,
            @Size(max = 500) @Nullable String specification,
            @Size(max = 200) @Nullable String drawing,
            @NotBlank @Size(max = 20) @Nullable String unit,
            @Nullable String listPrice) {}

    record ReceiptForm(
            @Nullable String productId,
            @Size(max = 60) @Nullable String warehouse,
            @Size(max = 60) @Nullable String location,
            @Nullable String quantity,
            @Size(max = 200) @Nullable String note) {}

    private final Products products;
    private final FormSteps steps;

    FinishedGoodsWebController(Products products, FormSteps steps) {
        this.products = products;
        this.steps = steps;
    }

    @GetMapping("/sales/finished-goods")
    String page(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ProductForm(null, null, null, null, "套", null));
        }
        model.addAttribute("q", q);
        model.addAttribute("results", products.search(q, false, Paging.request(page, null, Paging.DEFAULT_SIZE)));
        model.addAttribute(
                "active",
                products.search(null, true, Paging.request(0, Paging.MAX_SIZE, Paging.MAX_SIZE))
                        .items());
        model.addAttribute("levels", products.levels(null));
        model.addAttribute("moves", products.moves(null, 20));
        return "sales/finished-goods";
    }

    @PostMapping("/sales/products")
    String create(
            @Valid @ModelAttribute("form") ProductForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                BigDecimal price = Typed.requiredAmount(form.listPrice(), "listPrice");
                products.create(new NewProduct(
                        Objects.requireNonNull(form.model()),
                        Objects.requireNonNull(form.name()),
                        form.specification(),
                        form.drawing(),
                        Objects.requireNonNull(form.unit()),
                        price));
                redirect.addFlashAttribute("saved", "product.created");
                return "redirect:/sales/finished-goods";
            } catch (DomainException e) {
                FormErrors.reject(binding, e);
            }
        }
        return page(null, null, model);
    }

    @PostMapping("/sales/finished-goods/receipts")
    String receive(@Valid @ModelAttribute ReceiptForm form, BindingResult binding, RedirectAttributes redirect) {
        steps.run(binding, redirect, () -> {
            if (Typed.blank(form.productId())) {
                throw new InvalidInputException("productId", "sales.required");
            }
            if (Typed.blank(form.warehouse())) {
                throw new InvalidInputException("warehouse", "sales.warehouseRequired");
            }
            Integer quantity = Typed.quantity(form.quantity(), "quantity");
            if (quantity == null) {
                throw new InvalidInputException("quantity", "sales.required");
            }
            ProductId product;
            try {
                product = new ProductId(UUID.fromString(form.productId().trim()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("productId", "product.unknown");
            }
            products.receive(new StockReceipt(
                    product,
                    form.warehouse().trim(),
                    Typed.blank(form.location()) ? null : form.location().trim(),
                    quantity,
                    Typed.blank(form.note()) ? null : form.note().trim()));
        });
        return "redirect:/sales/finished-goods";
    }
}
