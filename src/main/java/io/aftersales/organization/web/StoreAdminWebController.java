package io.aftersales.organization.web;

import io.aftersales.organization.Letterhead;
import io.aftersales.organization.NewStore;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.OrganizationProperties;
import io.aftersales.organization.StoreChanges;
import io.aftersales.organization.StoreLogos;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.Labels;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.web.FormErrors;
import io.aftersales.shared.web.ImageResponses;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
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

        @Size(max = 200)
        private @Nullable String companyName;

        @Size(max = 300)
        private @Nullable String address;

        @Pattern(regexp = Letterhead.PHONE, message = "{store.invalidPhone}")
        private @Nullable String phone;

        @Pattern(regexp = Letterhead.TAX_NUMBER, message = "{store.invalidTaxNumber}")
        private @Nullable String taxNumber;

        private @Nullable MultipartFile logo;
        private boolean removeLogo;

        static StoreForm of(StoreView store) {
            StoreForm form = new StoreForm();
            form.code = store.code();
            form.name = store.name();
            form.timeZone = store.timeZone();
            form.active = store.active();
            form.version = store.version();
            form.companyName = store.letterhead().companyName();
            form.address = store.letterhead().address();
            form.phone = store.letterhead().phone();
            form.taxNumber = store.letterhead().taxNumber();
            return form;
        }

        Letterhead letterhead() {
            return new Letterhead(companyName, address, phone, taxNumber);
        }

        public @Nullable String getCompanyName() {
            return companyName;
        }

        public void setCompanyName(@Nullable String companyName) {
            this.companyName = companyName;
        }

        public @Nullable String getAddress() {
            return address;
        }

        public void setAddress(@Nullable String address) {
            this.address = address;
        }

        public @Nullable String getPhone() {
            return phone;
        }

        public void setPhone(@Nullable String phone) {
            this.phone = phone;
        }

        public @Nullable String getTaxNumber() {
            return taxNumber;
        }

        public void setTaxNumber(@Nullable String taxNumber) {
            this.taxNumber = taxNumber;
        }

        public @Nullable MultipartFile getLogo() {
            return logo;
        }

        public void setLogo(@Nullable MultipartFile logo) {
            this.logo = logo;
        }

        public boolean isRemoveLogo() {
            return removeLogo;
        }

        public void setRemoveLogo(boolean removeLogo) {
            this.removeLogo = removeLogo;
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
    private final StoreLogos logos;
    private final OrganizationProperties properties;
    private final Labels labels;

    StoreAdminWebController(
            OrganizationManagement management, StoreLogos logos, OrganizationProperties properties, Labels labels) {
        this.logos = logos;
        this.labels = labels;
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
                .<List<?>>map(s -> List.of(s.code(), s.name(), s.timeZone(), labels.yesNo(s.active())))
                .toList();
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=stores.xlsx");
        Spreadsheets.writeXlsx(
                response.getOutputStream(),
                labels.text("stores.title"),
                labels.texts("store.code", "store.name", "store.timeZone", "common.active"),
                rows);
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
            byte[] logo = logoBytes(form);
            StoreView store = management.createStore(
                    new NewStore(form.getCode(), form.getName(), form.getTimeZone(), form.letterhead()));
            saveLogo(store.id(), logo, false);
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return "organization/store-form";
        }
        redirect.addFlashAttribute("saved", "common.saved");
        return "redirect:/admin/stores";
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        StoreView store = management.store(new StoreId(id));
        model.addAttribute("storeId", id);
        model.addAttribute("hasLogo", store.logo());
        model.addAttribute("form", StoreForm.of(store));
        return "organization/store-form";
    }

    @GetMapping("/{id}/logo")
    ResponseEntity<byte[]> logo(@PathVariable UUID id) {
        return ImageResponses.of(logos.logo(new StoreId(id)));
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") StoreForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("storeId", id);
        model.addAttribute("hasLogo", management.store(new StoreId(id)).logo());
        if (Stream.of("name", "companyName", "address", "phone", "taxNumber").anyMatch(result::hasFieldErrors)) {
            return "organization/store-form";
        }
        try {
            byte[] logo = logoBytes(form);
            management.updateStore(
                    new StoreId(id),
                    new StoreChanges(
                            form.getName(), form.getTimeZone(), form.isActive(), form.letterhead(), form.getVersion()));
            saveLogo(new StoreId(id), logo, form.isRemoveLogo());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return "organization/store-form";
        }
        redirect.addFlashAttribute("saved", "common.saved");
        return "redirect:/admin/stores";
    }

    /** The uploaded logo, checked before anything is saved; {@code null} when none was chosen. */
    private static byte @Nullable [] logoBytes(StoreForm form) {
        MultipartFile logo = form.getLogo();
        if (logo == null || logo.isEmpty()) {
            return null;
        }
        try {
            byte[] data = logo.getBytes();
            StoreLogos.check(data);
            return data;
        } catch (IOException e) {
            throw new InvalidInputException("logo", "import.unreadable", logo.getOriginalFilename());
        }
    }

    /** A new logo replaces the old one; ticking "remove" without a new one takes it away. */
    private void saveLogo(StoreId id, byte @Nullable [] logo, boolean remove) {
        if (logo != null) {
            logos.set(id, logo);
        } else if (remove) {
            logos.remove(id);
        }
    }
}
