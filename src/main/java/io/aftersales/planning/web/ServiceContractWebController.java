package io.aftersales.planning.web;

import io.aftersales.asset.AssetId;
import io.aftersales.asset.AssetManagement;
import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.planning.NewServiceContract;
import io.aftersales.planning.ServiceContractId;
import io.aftersales.planning.ServiceContractView;
import io.aftersales.planning.ServiceContracts;
import io.aftersales.shared.Paging;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.web.FormErrors;
import io.aftersales.shared.web.FormSteps;
import io.aftersales.shared.web.NavItem;
import io.aftersales.workorder.ServiceType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Service contracts in the browser: the list, a new contract for a customer, a contract with its visits and calls. */
@Controller
class ServiceContractWebController {

    /** The contract form: every field optional to bind, so a missing one is a field error, not a 400. */
    record ContractForm(
            @Nullable StoreId storeId,
            @Nullable CustomerId customerId,
            @Nullable @Size(max = 40) String number,
            @Nullable @Size(max = 200) String title,
            @Nullable List<AssetId> assetIds,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable @Min(1) @Max(24) Integer visitEveryMonths,
            @Nullable ServiceType visitType,
            @Nullable @Min(1) @Max(720) Integer responseHours,
            @Nullable @Min(1) @Max(2160) Integer resolutionHours,

            @Nullable @PositiveOrZero @DecimalMax("99999999")
            BigDecimal includedLabourHours,

            @Nullable @PositiveOrZero @DecimalMax("9999999999")
            BigDecimal includedParts) {

        NewServiceContract toNew() {
            return new NewServiceContract(
                    storeId,
                    customerId,
                    number == null ? "" : number,
                    title == null ? "" : title,
                    assetIds == null ? List.of() : assetIds,
                    startsOn,
                    endsOn,
                    visitEveryMonths,
                    visitType,
                    responseHours,
                    resolutionHours,
                    includedLabourHours == null ? BigDecimal.ZERO : includedLabourHours,
                    includedParts == null ? BigDecimal.ZERO : includedParts);
        }
    }

    record CallForm(
            @NotNull AssetId assetId,
            @NotBlank @Size(max = 2000) String complaint) {}

    private final ServiceContracts contracts;
    private final CustomerManagement customers;
    private final AssetManagement assets;
    private final OrganizationManagement organization;
    private final FormSteps steps;
    private final Clock clock;

    ServiceContractWebController(
            ServiceContracts contracts,
            CustomerManagement customers,
            AssetManagement assets,
            OrganizationManagement organization,
            FormSteps steps,
            Clock clock) {
        this.contracts = contracts;
        this.customers = customers;
        this.assets = assets;
        this.organization = organization;
        this.steps = steps;
        this.clock = clock;
    }

    @Bean
    static NavItem serviceContractsNavItem() {
        return new NavItem(
                        "nav.serviceContracts",
                        "/service-contracts",
                        "☰",
                        25,
                        Set.of("ROLE_ADMIN", "ROLE_HQ", "ROLE_STORE_MANAGER", "ROLE_SERVICE_ADVISOR"))
                .inGroup(NavItem.FEEDBACK);
    }

    @GetMapping("/service-contracts")
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute("result", contracts.search(null, q, page, 25));
        model.addAttribute("q", q);
        model.addAttribute("manager", CurrentUser.require().isManager());
        return "planning/contracts";
    }

    @GetMapping("/service-contracts/new")
    String newForm(@RequestParam(required = false) @Nullable CustomerId customerId, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(organization.zoneOf(null)));
        ContractForm form = new ContractForm(
                organization.storeOrDefault(null),
                customerId,
                null,
                null,
                List.of(),
                today,
                today.plusYears(1).minusDays(1),
                3,
                ServiceType.ON_SITE,
                24,
                72,
                BigDecimal.ZERO,
                BigDecimal.ZERO);
        model.addAttribute("form", form);
        return form(model, form);
    }

    @PostMapping("/service-contracts/new")
    String create(
            @Valid @ModelAttribute("form") ContractForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        FormErrors.requireAll(
                result,
                "storeId",
                "customerId",
                "number",
                "title",
                "startsOn",
                "endsOn",
                "visitEveryMonths",
                "visitType",
                "responseHours",
                "resolutionHours");
        if ((form.assetIds() == null || form.assetIds().isEmpty()) && !result.hasFieldErrors("assetIds")) {
            result.rejectValue("assetIds", "serviceContract.assetsRequired");
        }
        if (!result.hasErrors()) {
            try {
                ServiceContractView created = contracts.create(form.toNew());
                redirect.addFlashAttribute("saved", "serviceContract.created");
                return "redirect:/service-contracts/" + created.id();
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return form(model, form);
    }

    private String form(Model model, ContractForm form) {
        model.addAttribute("customer", form.customerId() == null ? null : customers.get(form.customerId()));
        model.addAttribute(
                "assets",
                form.customerId() == null
                        ? List.of()
                        : assets.ofCustomer(form.customerId(), 0, Paging.MAX_SIZE, null)
                                .items());
        model.addAttribute(
                "stores",
                organization.visibleStores().stream().filter(StoreView::active).toList());
        model.addAttribute("visitTypes", List.of(ServiceType.MAINTENANCE, ServiceType.ON_SITE));
        return "planning/contract-form";
    }

    @GetMapping("/service-contracts/{id}")
    String show(@PathVariable ServiceContractId id, Model model) {
        model.addAttribute("contract", contracts.get(id));
        model.addAttribute("manager", CurrentUser.require().isManager());
        model.addAttribute("zone", organization.zoneOf(null));
        return "planning/contract";
    }

    @PostMapping("/service-contracts/{id}/visits")
    String openVisits(@PathVariable ServiceContractId id, RedirectAttributes redirect) {
        steps.runSaying(redirect, () -> {
            contracts.openDueVisits(id);
            return "serviceContract.visitsOpened";
        });
        return "redirect:/service-contracts/" + id;
    }

    @PostMapping("/service-contracts/{id}/calls")
    String call(
            @PathVariable ServiceContractId id,
            @Valid @ModelAttribute CallForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        steps.runSaying(result, redirect, () -> {
            contracts.reportCall(id, form.assetId(), form.complaint());
            return "serviceContract.callReported";
        });
        return "redirect:/service-contracts/" + id;
    }
}
