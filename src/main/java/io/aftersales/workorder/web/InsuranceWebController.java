package io.aftersales.workorder.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.CurrentStore;
import io.aftersales.shared.web.FormSteps;
import io.aftersales.shared.web.NavItem;
import io.aftersales.shared.web.XlsxDownload;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderInsurance;
import io.aftersales.workorder.WorkOrderInsurance.InsuranceStage;
import io.aftersales.workorder.web.InsuranceRestController.AssessRequest;
import io.aftersales.workorder.web.InsuranceRestController.InsureRequest;
import io.aftersales.workorder.web.InsuranceRestController.InsurerPaymentRequest;
import jakarta.validation.Valid;
import java.util.Set;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Insurance jobs (事故车) in the browser: the list with what each insurer owes, and the insurance steps of a work
 * order (insurer and claim, the assessor's approval, the insurer's payment), which go back to its page.
 */
@Controller
class InsuranceWebController {

    private final WorkOrderInsurance insurance;
    private final OrganizationManagement organization;
    private final FormSteps steps;

    InsuranceWebController(WorkOrderInsurance insurance, OrganizationManagement organization, FormSteps steps) {
        this.insurance = insurance;
        this.organization = organization;
        this.steps = steps;
    }

    @Bean
    static NavItem insuranceJobsNavItem() {
        return new NavItem(
                "nav.insuranceJobs",
                "/insurance-jobs",
                "⛨",
                24,
                Set.of("ROLE_ADMIN", "ROLE_HQ", "ROLE_STORE_MANAGER", "ROLE_SERVICE_ADVISOR", "ROLE_FINANCE"));
    }

    @GetMapping("/insurance-jobs")
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable InsuranceStage stage,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        StoreId store = CurrentStore.find().orElse(null);
        model.addAttribute("result", insurance.search(store, q, stage, page, 25, null));
        model.addAttribute("balances", insurance.owedByInsurer(store));
        model.addAttribute("stages", InsuranceStage.values());
        model.addAttribute("stage", stage);
        model.addAttribute("q", q);
        model.addAttribute("zone", organization.zoneOf(store));
        return "workorder/insurance-jobs";
    }

    @GetMapping("/insurance-jobs/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable InsuranceStage stage) {
        StoreId store = CurrentStore.find().orElse(null);
        return XlsxDownload.of("insurance-jobs.xlsx", out -> insurance.export(store, q, stage, out));
    }

    @PostMapping("/work-orders/{id}/actions/insure")
    String insure(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute InsureRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        steps.run(
                result,
                redirect,
                () -> insurance.insure(id, form.version(), form.insurer(), form.claimNumber(), form.excess()));
        return back(id);
    }

    @PostMapping("/work-orders/{id}/actions/assess")
    String assess(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute AssessRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        steps.run(result, redirect, () -> insurance.assess(id, form.version(), form.assessor(), form.amount()));
        return back(id);
    }

    @PostMapping("/work-orders/{id}/actions/insurer-paid")
    String insurerPaid(
            @PathVariable WorkOrderId id,
            @Valid @ModelAttribute InsurerPaymentRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        steps.run(result, redirect, () -> insurance.insurerPaid(id, form.version(), form.amount()));
        return back(id);
    }

    private static String back(WorkOrderId id) {
        return "redirect:/work-orders/" + id;
    }
}
