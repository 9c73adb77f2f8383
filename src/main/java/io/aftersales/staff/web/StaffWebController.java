package io.aftersales.staff.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.web.FormErrors;
import io.aftersales.staff.CertificationId;
import io.aftersales.staff.Certifications;
import io.aftersales.staff.NewCertification;
import io.aftersales.staff.Skill;
import io.aftersales.staff.SkillRequirement;
import io.aftersales.workorder.ServiceType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 资质证书: a store's certificates (a technician's own on a phone), the form to add one, and what jobs require. */
@Controller
class StaffWebController {

    /** A certificate as typed; what is no date binds to nothing and shows its error. */
    record CertificationForm(
            @NotNull @Nullable UserId personId,
            @NotNull @Nullable Skill skill,
            @NotBlank @Size(max = 60) @Nullable String number,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate validFrom,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate validUntil,

            @Size(max = 300) @Nullable String note) {}

    private final Certifications certifications;
    private final OrganizationManagement organization;

    StaffWebController(Certifications certifications, OrganizationManagement organization) {
        this.certifications = certifications;
        this.organization = organization;
    }

    @GetMapping("/staff/certifications")
    String page(@RequestParam(required = false) @Nullable StoreId storeId, Model model) {
        StoreId store = organization.storeOrDefault(storeId);
        model.addAttribute("form", new CertificationForm(null, Skill.BRAND, null, null, null, null));
        return show(store, model);
    }

    @PostMapping("/staff/certifications")
    String add(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @Valid @ModelAttribute("form") CertificationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        StoreId store = organization.storeOrDefault(storeId);
        if (!binding.hasErrors()) {
            try {
                certifications.add(new NewCertification(
                        Objects.requireNonNull(form.personId()),
                        Objects.requireNonNull(form.skill()),
                        Objects.requireNonNull(form.number()),
                        Objects.requireNonNull(form.validFrom()),
                        Objects.requireNonNull(form.validUntil()),
                        form.note()));
                redirect.addFlashAttribute("saved", "common.saved");
                return "redirect:/staff/certifications?storeId=" + store;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        return show(store, model);
    }

    @PostMapping("/staff/certifications/{id}/remove")
    String remove(
            @PathVariable CertificationId id,
            @RequestParam(required = false) @Nullable StoreId storeId,
            RedirectAttributes redirect) {
        certifications.remove(id);
        redirect.addFlashAttribute("saved", "common.saved");
        return "redirect:/staff/certifications?storeId=" + organization.storeOrDefault(storeId);
    }

    /** One select per service type, named by it; an empty choice removes the requirement. */
    @PostMapping("/staff/skill-requirements")
    String require(
            @RequestParam(required = false) @Nullable StoreId storeId,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        List<SkillRequirement> required = new ArrayList<>();
        for (ServiceType type : ServiceType.values()) {
            String chosen = request.getParameter("required." + type);
            if (chosen != null) {
                required.add(new SkillRequirement(
                        type,
                        chosen.isBlank()
                                ? null
                                : Arrays.stream(Skill.values())
                                        .filter(s -> s.name().equals(chosen))
                                        .findFirst()
                                        .orElseThrow(() ->
                                                new InvalidInputException("required." + type, "staff.unknownSkill"))));
            }
        }
        certifications.require(required);
        redirect.addFlashAttribute("saved", "common.saved");
        return "redirect:/staff/certifications?storeId=" + organization.storeOrDefault(storeId);
    }

    private String show(StoreId store, Model model) {
        model.addAttribute("storeId", store);
        model.addAttribute("stores", organization.visibleStores());
        model.addAttribute("certificates", certifications.list(store));
        model.addAttribute(
                "people",
                organization.staffOf(store).stream()
                        .filter(StaffMember::active)
                        .sorted(Comparator.comparing((StaffMember m) -> !m.has(Role.TECHNICIAN))
                                .thenComparing(StaffMember::displayName))
                        .toList());
        model.addAttribute("skills", Skill.values());
        model.addAttribute("serviceTypes", ServiceType.values());
        Map<ServiceType, @Nullable Skill> required = new EnumMap<>(ServiceType.class);
        certifications.requirements().forEach(r -> required.put(r.serviceType(), r.skill()));
        model.addAttribute("required", required);
        return "staff/certifications";
    }
}
