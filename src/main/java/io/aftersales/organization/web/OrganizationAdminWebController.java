package io.aftersales.organization.web;

import io.aftersales.organization.NewOrganization;
import io.aftersales.organization.NewUser;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.web.FormErrors;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform administrator's list of organisations, with the form that creates one. */
@Controller
@RequestMapping("/admin/organizations")
class OrganizationAdminWebController {

    static class OrganizationForm {
        @NotBlank
        @Size(max = 100)
        private String name = "";

        @NotBlank
        @Size(max = 100)
        private String storeName = "";

        @NotBlank
        @Pattern(regexp = NewUser.USERNAME_PATTERN)
        private String adminUsername = "";

        @NotBlank
        private String adminPassword = "";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getStoreName() {
            return storeName;
        }

        public void setStoreName(String storeName) {
            this.storeName = storeName;
        }

        public String getAdminUsername() {
            return adminUsername;
        }

        public void setAdminUsername(String adminUsername) {
            this.adminUsername = adminUsername;
        }

        public String getAdminPassword() {
            return adminPassword;
        }

        public void setAdminPassword(String adminPassword) {
            this.adminPassword = adminPassword;
        }
    }

    private final OrganizationManagement management;

    OrganizationAdminWebController(OrganizationManagement management) {
        this.management = management;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable Integer page,
            @ModelAttribute("form") OrganizationForm form,
            Model model) {
        model.addAttribute("result", management.organizations(page, 50, null));
        return "organization/organizations";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") OrganizationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                management.createOrganization(new NewOrganization(
                        form.getName(),
                        null,
                        form.getStoreName(),
                        null,
                        form.getAdminUsername(),
                        form.getAdminPassword()));
                redirect.addFlashAttribute("saved", "common.saved");
                return "redirect:/admin/organizations";
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("result", management.organizations(0, 50, null));
        return "organization/organizations";
    }
}
