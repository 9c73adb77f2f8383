package io.aftersales.customer.web;

import io.aftersales.customer.ConsentChannel;
import io.aftersales.customer.CustomerForm;
import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.customer.CustomerPanel;
import io.aftersales.customer.CustomerView;
import io.aftersales.customer.NewContact;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.web.FormErrors;
import io.aftersales.shared.web.NavItem;
import io.aftersales.shared.web.XlsxDownload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class CustomerWebController {

    /** A panel's fragment with its data for one customer, as the page template needs it. */
    record Section(String fragment, @Nullable Object data) {}

    static class ContactForm {
        @NotBlank
        @Size(max = 100)
        private String name = "";

        private String position = "";
        private String phone = "";
        private boolean decisionMaker;
        private boolean technical;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPosition() {
            return position;
        }

        public void setPosition(String position) {
            this.position = position;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public boolean isDecisionMaker() {
            return decisionMaker;
        }

        public void setDecisionMaker(boolean decisionMaker) {
            this.decisionMaker = decisionMaker;
        }

        public boolean isTechnical() {
            return technical;
        }

        public void setTechnical(boolean technical) {
            this.technical = technical;
        }
    }

    private final CustomerManagement customers;
    private final OrganizationManagement organization;
    private final List<CustomerPanel> panels;

    CustomerWebController(
            CustomerManagement customers, OrganizationManagement organization, List<CustomerPanel> panels) {
        this.customers = customers;
        this.organization = organization;
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(CustomerPanel::order))
                .toList();
    }

    @Bean
    static NavItem customersNavItem() {
        return new NavItem("nav.customers", "/customers", "♙", 10, Set.of());
    }

    @GetMapping("/customers")
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        model.addAttribute("result", customers.search(q, page, 30, null));
        model.addAttribute("q", q);
        return htmx != null ? "customer/customers :: results" : "customer/customers";
    }

    @GetMapping("/customers/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable String q) {
        return XlsxDownload.of("customers.xlsx", out -> customers.export(q, out));
    }

    @GetMapping("/customers/{id}")
    String show(@PathVariable CustomerId id, Model model) {
        CustomerView customer = customers.get(id);
        model.addAttribute("customer", customer);
        model.addAttribute("channels", ConsentChannel.values());
        model.addAttribute("tier", customers.tierOf(id));
        List<StaffMember> advisors = customers.advisors();
        model.addAttribute("advisors", advisors);
        model.addAttribute(
                "advisorName",
                customer.advisorId() == null
                        ? null
                        : organization.namesOf(List.of(customer.advisorId())).get(customer.advisorId()));
        model.addAttribute("advisorAvailable", advisors.stream().anyMatch(a -> a.id().equals(customer.advisorId())));
        model.addAttribute(
                "sections",
                panels.stream()
                        .map(panel -> new Section(panel.fragment(), panel.data(id)))
                        .toList());
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", new ContactForm());
        }
        return "customer/customer";
    }

    @GetMapping("/customers/{id}/edit")
    String editForm(@PathVariable CustomerId id, Model model) {
        model.addAttribute("form", CustomerForm.of(customers.get(id)));
        return showEditForm(id, model);
    }

    @PostMapping("/customers/{id}/edit")
    String edit(
            @PathVariable CustomerId id,
            @Validated @ModelAttribute("form") CustomerForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                customers.update(id, form.toCustomerDetails());
                redirect.addFlashAttribute("saved", "common.saved");
                return "redirect:/customers/" + id;
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return showEditForm(id, model);
    }

    private String showEditForm(CustomerId id, Model model) {
        model.addAttribute("customerId", id);
        model.addAttribute("tiers", customers.tiers());
        return "customer/customer-form";
    }

    /** Merges this customer into the one with the given phone (the profile that stays), then shows that one. */
    @PostMapping("/customers/{id}/merge")
    String merge(@PathVariable CustomerId id, @RequestParam String phone, RedirectAttributes redirect) {
        List<CustomerView> survivors = customers.lookUp(phone, 3).stream()
                .filter(c -> !c.id().equals(id))
                .toList();
        if (survivors.size() != 1) {
            redirect.addFlashAttribute(
                    "failed", survivors.isEmpty() ? "customer.mergeTargetNotFound" : "customer.mergeTargetAmbiguous");
            return "redirect:/customers/" + id;
        }
        try {
            CustomerView survivor = customers.merge(id, survivors.get(0).id());
            redirect.addFlashAttribute("saved", "customer.merged.done");
            return "redirect:/customers/" + survivor.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("failed", e.messageKey());
            return "redirect:/customers/" + id;
        }
    }

    @PostMapping("/customers/{id}/advisor")
    String assignAdvisor(
            @PathVariable CustomerId id,
            @RequestParam(required = false) @Nullable UserId advisorId,
            RedirectAttributes redirect) {
        try {
            customers.assignAdvisor(id, advisorId);
            redirect.addFlashAttribute("saved", "common.saved");
        } catch (DomainException e) {
            redirect.addFlashAttribute("failed", e.messageKey());
        }
        return "redirect:/customers/" + id;
    }

    /** The advisors and how many customers each has as their own, with the handover form (managers). */
    @GetMapping("/customers/advisors")
    String advisors(Model model) {
        model.addAttribute("loads", customers.advisorLoads());
        model.addAttribute("advisors", customers.advisors());
        return "customer/advisors";
    }

    @PostMapping("/customers/advisors/handover")
    String handOver(
            @RequestParam(required = false) @Nullable UserId fromAdvisorId,
            @RequestParam(required = false) @Nullable List<UserId> toAdvisorIds,
            RedirectAttributes redirect) {
        try {
            CustomerManagement.Handover done =
                    customers.handOver(fromAdvisorId, toAdvisorIds == null ? List.of() : toAdvisorIds);
            redirect.addFlashAttribute("handedOver", done.moved());
        } catch (DomainException e) {
            redirect.addFlashAttribute("failed", e.messageKey());
        }
        return "redirect:/customers/advisors";
    }

    @PostMapping("/customers/{id}/consents")
    String recordConsent(
            @PathVariable CustomerId id,
            @RequestParam ConsentChannel channel,
            @RequestParam boolean granted,
            RedirectAttributes redirect) {
        customers.recordConsent(id, channel, granted);
        redirect.addFlashAttribute("saved", "common.saved");
        return "redirect:/customers/" + id;
    }

    @PostMapping("/customers/{id}/contacts")
    String addContact(
            @PathVariable CustomerId id,
            @Validated @ModelAttribute("contactForm") ContactForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                customers.addContact(
                        id,
                        new NewContact(
                                form.getName(),
                                form.getPosition(),
                                form.getPhone(),
                                form.isDecisionMaker(),
                                form.isTechnical()));
                redirect.addFlashAttribute("saved", "common.saved");
                return "redirect:/customers/" + id;
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return show(id, model);
    }
}
