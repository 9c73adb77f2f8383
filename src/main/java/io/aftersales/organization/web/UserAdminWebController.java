package io.aftersales.organization.web;

import io.aftersales.organization.NewUser;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.organization.UserChanges;
import io.aftersales.organization.UserView;
import io.aftersales.shared.Labels;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
class UserAdminWebController {

    /** Validation group for fields only a new user has. */
    interface OnCreate {}

    static class UserForm {
        @NotBlank(groups = OnCreate.class)
        @Size(max = 50, groups = OnCreate.class)
        private String username = "";

        @NotBlank(groups = OnCreate.class)
        private String password = "";

        @NotBlank
        @Size(max = 100)
        private String displayName = "";

        @NotEmpty
        private Set<Role> roles = new LinkedHashSet<>();

        @NotEmpty
        private Set<StoreId> storeIds = new LinkedHashSet<>();

        private long version;

        static UserForm of(UserView user) {
            UserForm form = new UserForm();
            form.username = user.username();
            form.displayName = user.displayName();
            form.roles = new LinkedHashSet<>(user.roles());
            form.storeIds = new LinkedHashSet<>(user.storeIds());
            form.version = user.version();
            return form;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public Set<Role> getRoles() {
            return roles;
        }

        public void setRoles(Set<Role> roles) {
            this.roles = roles;
        }

        public Set<StoreId> getStoreIds() {
            return storeIds;
        }

        public void setStoreIds(Set<StoreId> storeIds) {
            this.storeIds = storeIds;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    private final OrganizationManagement management;
    private final Labels labels;

    UserAdminWebController(OrganizationManagement management, Labels labels) {
        this.management = management;
        this.labels = labels;
    }

    @ModelAttribute("allRoles")
    List<Role> allRoles() {
        return List.of(Role.values());
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Boolean active,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        model.addAttribute("result", management.users(q, active, page, 50, null));
        model.addAttribute("stores", management.stores(null, 0, 200, null).items());
        model.addAttribute("q", q);
        model.addAttribute("active", active);
        return htmx != null ? "organization/users :: results" : "organization/users";
    }

    @GetMapping("/export")
    @ResponseBody
    void export(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Boolean active,
            HttpServletResponse response)
            throws IOException {
        Map<StoreId, String> codes =
                PagedResult.allPages(page -> management.stores(null, page, Paging.MAX_SIZE, null)).stream()
                        .collect(Collectors.toMap(StoreView::id, StoreView::code));
        List<List<?>> rows =
                PagedResult.allPages(page -> management.users(q, active, page, Paging.MAX_SIZE, null)).stream()
                        .<List<?>>map(u -> List.of(
                                u.username(),
                                u.displayName(),
                                u.roles().stream()
                                        .map(role -> labels.of("role.", role))
                                        .collect(Collectors.joining("、")),
                                u.storeIds().stream()
                                        .map(id -> codes.getOrDefault(id, ""))
                                        .sorted()
                                        .collect(Collectors.joining("、")),
                                labels.yesNo(u.active()),
                                u.createdAt().toString()))
                        .toList();
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=users.xlsx");
        Spreadsheets.writeXlsx(
                response.getOutputStream(),
                labels.text("users.title"),
                labels.texts(
                        "user.username",
                        "user.displayName",
                        "user.roles",
                        "user.stores",
                        "common.active",
                        "common.createdAt"),
                rows);
    }

    @GetMapping("/new")
    String newForm(@ModelAttribute("form") UserForm form, Model model) {
        return showForm(model, null);
    }

    @PostMapping("/new")
    String create(
            @Validated({OnCreate.class, Default.class}) @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showForm(model, null);
        }
        try {
            management.createUser(new NewUser(
                    form.getUsername(),
                    form.getPassword(),
                    form.getDisplayName(),
                    form.getRoles(),
                    form.getStoreIds()));
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return showForm(model, null);
        }
        redirect.addFlashAttribute("saved", "common.saved");
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UserId id, Model model) {
        model.addAttribute("form", UserForm.of(management.user(id)));
        return showForm(model, id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UserId id,
            @Validated @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showForm(model, id);
        }
        try {
            management.updateUser(
                    id, new UserChanges(form.getDisplayName(), form.getRoles(), form.getStoreIds(), form.getVersion()));
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return showForm(model, id);
        }
        redirect.addFlashAttribute("saved", "common.saved");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable UserId id, RedirectAttributes redirect) {
        return changeActive(id, false, redirect);
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable UserId id, RedirectAttributes redirect) {
        return changeActive(id, true, redirect);
    }

    private String changeActive(UserId id, boolean active, RedirectAttributes redirect) {
        try {
            if (active) {
                management.activateUser(id);
            } else {
                management.deactivateUser(id);
            }
            redirect.addFlashAttribute("saved", "common.saved");
        } catch (DomainException e) {
            redirect.addFlashAttribute("failed", e.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    private String showForm(Model model, @Nullable UserId id) {
        model.addAttribute("userId", id);
        if (id != null) {
            model.addAttribute("user", management.user(id));
        }
        model.addAttribute("stores", management.stores(null, 0, 200, null).items());
        return "organization/user-form";
    }
}
