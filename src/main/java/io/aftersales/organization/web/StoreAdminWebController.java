package io.aftersales.organization.web;

import io.aftersales.organization.NewStore;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.OrganizationProperties;
import io.aftersales.organization.StoreChanges;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
@RequestMapping("/admin/stores")
class StoreAdminWebController {

    static class StoreForm {
        @NotBlank
        @Pattern(regexp = NewStore.CODE_PATTERN)
        private String code = "";

        @NotBlank
        @Size(max = 100)
        private String name = "";

        private String timeZone = "";
        private boolean active = true;
        private long version;

        static StoreForm of(StoreView store) {
            StoreForm form = new StoreForm();
            form.code = store.code();
            form.name = store.name();
            form.timeZone = store.timeZone();
            form.active = store.active();
            form.version = store.version();
            return form;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getTimeZone() {
            return timeZone;
        }

        public void setTimeZone(String timeZone) {
            this.timeZone = timeZone;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    private final OrganizationManagement management;
    private final OrganizationProperties properties;

    StoreAdminWebController(OrganizationManagement management, OrganizationProperties properties) {
        this.management = management;
        this.properties = properties;
    }

    /** Zones offered first in the picker; any IANA zone is accepted. */
    @ModelAttribute("zones")
    List<String> zones() {
        return properties.commonTimeZones().stream().map(ZoneId::getId).toList();
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        model.addAttribute("result", management.stores(q, page, 50, null));
        model.addAttribute("q", q);
        return htmx != null ? "organization/stores :: results" : "organization/stores";
    }

    @GetMapping("/export")
    @ResponseBody
    void export(@RequestParam(required = false) @Nullable String q, HttpServletResponse response) throws IOException {
        List<List<?>> rows = PagedResult.allPages(page -> management.stores(q, page, Paging.MAX_SIZE, null)).stream()
                .<List<?>>map(s -> List.of(s.code(), s.name(), s.timeZone(), s.active()))
                .toList();
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=stores.xlsx");
        Spreadsheets.writeXlsx(
                response.getOutputStream(), "stores", List.of("code", "name", "timeZone", "active"), rows);
    }

    @GetMapping("/new")
    String newForm(@ModelAttribute("form") StoreForm form) {
        form.setTimeZone(properties.defaultTimeZone().getId());
        return "organization/store-form";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") StoreForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "organization/store-form";
        }
        try {
            management.createStore(new NewStore(form.getCode(), form.getName(), form.getTimeZone()));
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return "organization/store-form";
        }
        redirect.addFlashAttribute("saved", "common.saved");
        return "redirect:/admin/stores";
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        model.addAttribute("storeId", id);
        model.addAttribute("form", StoreForm.of(management.store(new StoreId(id))));
        return "organization/store-form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") StoreForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("storeId", id);
        if (result.hasFieldErrors("name")) {
            return "organization/store-form";
        }
        try {
            management.updateStore(
                    new StoreId(id),
                    new StoreChanges(form.getName(), form.getTimeZone(), form.isActive(), form.getVersion()));
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return "organization/store-form";
        }
        redirect.addFlashAttribute("saved", "common.saved");
        return "redirect:/admin/stores";
    }
}
