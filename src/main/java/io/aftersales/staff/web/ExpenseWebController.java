package io.aftersales.staff.web;

import io.aftersales.shared.Paging;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.web.FormErrors;
import io.aftersales.shared.web.FormSteps;
import io.aftersales.shared.web.ImageResponses;
import io.aftersales.shared.web.XlsxDownload;
import io.aftersales.staff.ExpenseCategory;
import io.aftersales.staff.ExpenseClaimId;
import io.aftersales.staff.ExpenseClaimView;
import io.aftersales.staff.ExpenseClaims;
import io.aftersales.staff.ExpenseRule;
import io.aftersales.staff.ExpenseStatus;
import io.aftersales.staff.NewExpenseClaim;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

/**
 * 报销: the claims a person sees (their own on a phone, their stores' for managers and finance), the form to file one
 * with its items and trip, a claim with its steps and the decisions the reader may take, and the daily limits.
 */
@Controller
class ExpenseWebController {

    /** Rows of items the form offers; blank rows are left out. */
    static final int ROWS = 6;

    /**
     * A claim as typed, all text where a careless hand can type anything (a field that fails to convert would leave
     * the whole form unbound): what does not parse shows its error on its field.
     */
    record ClaimForm(
            @NotBlank @Size(max = 200) @Nullable String purpose,

            @Nullable String tripFrom,
            @Nullable String tripTo,

            @Size(max = 200) @Nullable String route,
            @Size(max = 100) @Nullable String reference,
            @Size(max = 500) @Nullable String overLimitReason,
            @Valid List<ItemForm> items) {

        /** Always at least {@link #ROWS} rows, so that the form shows blank ones to fill. */
        ClaimForm {
            List<ItemForm> rows = new ArrayList<>(items == null ? List.of() : items);
            while (rows.size() < ROWS) {
                rows.add(new ItemForm(null, null, null, null));
            }
            items = rows;
        }
    }

    /**
     * One row as typed, all text: a row that does not parse is shown back as it was, with its error (a nested record
     * that fails to convert would leave the whole form unbound).
     */
    record ItemForm(
            @Nullable String category,
            @Nullable String spentOn,
            @Nullable String amount,
            @Size(max = 200) @Nullable String description) {

        boolean blank() {
            return isBlank(amount) && isBlank(spentOn) && isBlank(description);
        }
    }

    record DecisionForm(
            @NotNull @Nullable Long version,
            @Size(max = 500) @Nullable String reason) {}

    private final ExpenseClaims claims;
    private final FormSteps steps;

    ExpenseWebController(ExpenseClaims claims, FormSteps steps) {
        this.claims = claims;
        this.steps = steps;
    }

    @GetMapping("/staff/expenses")
    String list(
            @RequestParam(required = false) @Nullable ExpenseStatus status,
            @RequestParam(required = false) @Nullable UserId personId,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute(
                "results", claims.list(null, personId, status, Paging.request(page, null, Paging.DEFAULT_SIZE)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ExpenseStatus.values());
        model.addAttribute("rules", claims.rules());
        return "staff/expenses";
    }

    @GetMapping("/staff/expenses/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable ExpenseStatus status) {
        return XlsxDownload.of("expense-claims.xlsx", out -> claims.export(null, null, status, out));
    }

    @GetMapping("/staff/expenses/new")
    String form(Model model) {
        model.addAttribute("form", new ClaimForm(null, null, null, null, null, null, null));
        return showForm(model);
    }

    @PostMapping("/staff/expenses")
    String file(
            @Valid @ModelAttribute("form") ClaimForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        List<NewExpenseClaim.Item> items = new ArrayList<>();
        List<ItemForm> rows = form.items();
        for (int i = 0; i < rows.size(); i++) {
            ItemForm row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String at = "items[" + i + "].";
            ExpenseCategory category = Arrays.stream(ExpenseCategory.values())
                    .filter(c -> c.name().equals(row.category()))
                    .findFirst()
                    .orElse(null);
            if (category == null) {
                binding.rejectValue(at + "category", "NotNull");
            }
            LocalDate spentOn = null;
            if (isBlank(row.spentOn())) {
                binding.rejectValue(at + "spentOn", "NotNull");
            } else {
                try {
                    spentOn = LocalDate.parse(row.spentOn().trim());
                } catch (DateTimeParseException e) {
                    binding.rejectValue(at + "spentOn", "typeMismatch");
                }
            }
            BigDecimal amount = null;
            if (isBlank(row.amount())) {
                binding.rejectValue(at + "amount", "NotNull");
            } else {
                try {
                    amount = new BigDecimal(row.amount().trim());
                } catch (NumberFormatException e) {
                    binding.rejectValue(at + "amount", "typeMismatch");
                }
                if (amount != null
                        && (amount.signum() <= 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 10)) {
                    binding.rejectValue(at + "amount", "expense.badAmount");
                    amount = null;
                }
            }
            if (category != null && spentOn != null && amount != null) {
                items.add(new NewExpenseClaim.Item(category, spentOn, amount, row.description()));
            }
        }
        LocalDate tripFrom = day(form.tripFrom(), "tripFrom", binding);
        LocalDate tripTo = day(form.tripTo(), "tripTo", binding);
        if (!binding.hasErrors() && items.isEmpty()) {
            binding.rejectValue("items", "expense.noItems");
        }
        if (!binding.hasErrors()) {
            try {
                ExpenseClaimView filed = claims.file(new NewExpenseClaim(
                        null,
                        Objects.requireNonNull(form.purpose()),
                        tripFrom,
                        tripTo,
                        form.route(),
                        form.reference(),
                        form.overLimitReason(),
                        items));
                redirect.addFlashAttribute("saved", "expense.filed");
                return "redirect:/staff/expenses/" + filed.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        return showForm(model);
    }

    private static @Nullable LocalDate day(@Nullable String typed, String field, BindingResult binding) {
        if (isBlank(typed)) {
            return null;
        }
        try {
            return LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            binding.rejectValue(field, "typeMismatch");
            return null;
        }
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private String showForm(Model model) {
        model.addAttribute("categories", ExpenseCategory.values());
        model.addAttribute("rules", claims.rules());
        return "staff/expense-form";
    }

    @GetMapping("/staff/expenses/{id}")
    String claim(@PathVariable ExpenseClaimId id, Model model) {
        ExpenseClaimView claim = claims.get(id);
        SignedInUser me = CurrentUser.require();
        boolean mine = claim.claimantId().equals(me.userId());
        boolean finance = me.hasRole(Role.FINANCE) || me.hasRole(Role.ADMIN);
        model.addAttribute("claim", claim);
        model.addAttribute(
                "canDecide",
                !mine
                        && ((claim.status() == ExpenseStatus.SUBMITTED && me.isManager())
                                || (claim.status() == ExpenseStatus.MANAGER_APPROVED && finance)));
        model.addAttribute("canPay", claim.status() == ExpenseStatus.APPROVED && finance);
        model.addAttribute("canAddReceipt", mine && claim.status() == ExpenseStatus.SUBMITTED);
        return "staff/expense";
    }

    @PostMapping("/staff/expenses/{id}/receipts")
    String addReceipt(@PathVariable ExpenseClaimId id, @RequestParam MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        byte[] data = file.getBytes();
        steps.run(redirect, () -> claims.addReceipt(id, data));
        return "redirect:/staff/expenses/" + id;
    }

    @GetMapping("/staff/expenses/{id}/receipts/{receiptId}")
    ResponseEntity<byte[]> receipt(@PathVariable ExpenseClaimId id, @PathVariable UUID receiptId) {
        return ImageResponses.of(claims.receipt(id, receiptId));
    }

    @PostMapping("/staff/expenses/{id}/approve")
    String approve(
            @PathVariable ExpenseClaimId id,
            @Valid @ModelAttribute DecisionForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        steps.run(binding, redirect, () -> claims.approve(id, Objects.requireNonNull(form.version())));
        return "redirect:/staff/expenses/" + id;
    }

    @PostMapping("/staff/expenses/{id}/reject")
    String reject(
            @PathVariable ExpenseClaimId id,
            @Valid @ModelAttribute DecisionForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        steps.run(
                binding,
                redirect,
                () -> claims.reject(
                        id, Objects.requireNonNull(form.version()), form.reason() == null ? "" : form.reason()));
        return "redirect:/staff/expenses/" + id;
    }

    @PostMapping("/staff/expenses/{id}/pay")
    String pay(
            @PathVariable ExpenseClaimId id,
            @Valid @ModelAttribute DecisionForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        steps.run(binding, redirect, () -> claims.pay(id, Objects.requireNonNull(form.version())));
        return "redirect:/staff/expenses/" + id;
    }

    /** One field per category, named by it; an empty one removes the limit, a non-number is refused. */
    @PostMapping("/staff/expense-rules")
    String rules(HttpServletRequest request, RedirectAttributes redirect) {
        List<ExpenseRule> rules = new ArrayList<>();
        for (ExpenseCategory category : ExpenseCategory.values()) {
            String typed = request.getParameter("limit." + category);
            if (typed == null) {
                continue;
            }
            BigDecimal limit = null;
            if (!typed.isBlank()) {
                try {
                    limit = new BigDecimal(typed.trim());
                } catch (NumberFormatException e) {
                    limit = BigDecimal.ONE.negate();
                }
                if (limit.signum() < 0 || limit.scale() > 2 || limit.precision() - limit.scale() > 10) {
                    redirect.addFlashAttribute("failed", "expense.badLimit");
                    return "redirect:/staff/expenses";
                }
            }
            rules.add(new ExpenseRule(category, limit));
        }
        claims.setRules(rules);
        redirect.addFlashAttribute("saved", "common.saved");
        return "redirect:/staff/expenses";
    }
}
