package io.aftersales.organization.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.security.SignInThrottledException;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.security.CurrentStore;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.web.FormErrors;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own settings: password and the store they work in. */
@Controller
class AccountWebController {

    static class PasswordForm {
        @NotBlank
        private String currentPassword = "";

        @NotBlank
        private String newPassword = "";

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }
    }

    private final OrganizationManagement management;

    AccountWebController(OrganizationManagement management) {
        this.management = management;
    }

    @GetMapping("/account/password")
    String passwordForm(@ModelAttribute("form") PasswordForm form) {
        return "organization/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @Valid @ModelAttribute("form") PasswordForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "organization/password";
        }
        try {
            management.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return "organization/password";
        } catch (SignInThrottledException e) {
            result.rejectValue("currentPassword", "signIn.throttled");
            return "organization/password";
        }
        redirect.addFlashAttribute("saved", "account.passwordChanged");
        return "redirect:/";
    }

    @PostMapping("/account/store")
    String switchStore(
            @RequestParam StoreId storeId,
            @RequestHeader(name = "Referer", required = false) @Nullable String referer,
            HttpSession session) {
        if (CurrentUser.require().storeIds().contains(storeId)) {
            session.setAttribute(CurrentStore.SESSION_ATTRIBUTE, storeId);
        }
        return "redirect:" + localPath(referer);
    }

    /** Back to the page the user was on, but never off this site. */
    private static String localPath(@Nullable String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getQuery() == null ? path : path + "?" + uri.getQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
