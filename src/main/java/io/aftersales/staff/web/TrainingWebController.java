package io.aftersales.staff.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.Paging;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.web.FormErrors;
import io.aftersales.shared.web.FormSteps;
import io.aftersales.staff.NewTrainingSession;
import io.aftersales.staff.Skill;
import io.aftersales.staff.Training;
import io.aftersales.staff.TrainingOutcome;
import io.aftersales.staff.TrainingResult;
import io.aftersales.staff.TrainingSessionId;
import io.aftersales.staff.TrainingSessionView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
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

/** 培训: a store's sessions (a person's own on a phone), the form to record one, a session with its results form. */
@Controller
class TrainingWebController {

    record SessionForm(
            @NotBlank @Size(max = 200) @Nullable String title,
            @Nullable Skill skill,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate heldOn,

            @Size(max = 100) @Nullable String trainer,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 3, fraction = 1) @Nullable
            BigDecimal hours,

            @Min(1) @Max(120) @Nullable Integer certificateMonths,
            @Nullable List<UserId> attendees) {}

    private final Training training;
    private final OrganizationManagement organization;
    private final FormSteps steps;
    private final Clock clock;

    TrainingWebController(Training training, OrganizationManagement organization, FormSteps steps, Clock clock) {
        this.training = training;
        this.organization = organization;
        this.steps = steps;
        this.clock = clock;
    }

    @GetMapping("/staff/training")
    String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
        StoreId store = organization.storeOrDefault(null);
        model.addAttribute(
                "form",
                new SessionForm(
                        null,
                        null,
                        LocalDate.now(clock.withZone(organization.zoneOf(store))),
                        null,
                        BigDecimal.valueOf(2),
                        null,
                        List.of()));
        return show(store, page, model);
    }

    @PostMapping("/staff/training")
    String record(
            @Valid @ModelAttribute("form") SessionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        StoreId store = organization.storeOrDefault(null);
        if (!binding.hasErrors()
                && (form.attendees() == null || form.attendees().isEmpty())) {
            binding.rejectValue("attendees", "training.noAttendees");
        }
        if (!binding.hasErrors()) {
            try {
                TrainingSessionView session = training.record(new NewTrainingSession(
                        null,
                        Objects.requireNonNull(form.title()),
                        form.skill(),
                        Objects.requireNonNull(form.heldOn()),
                        form.trainer(),
                        Objects.requireNonNull(form.hours()),
                        form.certificateMonths(),
                        Objects.requireNonNull(form.attendees())));
                redirect.addFlashAttribute("saved", "common.saved");
                return "redirect:/staff/training/" + session.id();
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        return show(store, null, model);
    }

    @GetMapping("/staff/training/{id}")
    String session(@PathVariable TrainingSessionId id, Model model) {
        model.addAttribute("course", training.get(id));
        model.addAttribute("results", TrainingResult.values());
        return "staff/training-session";
    }

    /**
     * One result, score and note per attendee, named {@code result.<personId>} and so on; the facade refuses people
     * who are not attendees.
     */
    @PostMapping("/staff/training/{id}/results")
    String results(@PathVariable TrainingSessionId id, HttpServletRequest request, RedirectAttributes redirect) {
        List<TrainingOutcome> outcomes = new ArrayList<>();
        for (String name : Collections.list(request.getParameterNames())) {
            if (!name.startsWith("result.")) {
                continue;
            }
            String key = name.substring("result.".length());
            UserId person;
            try {
                person = new UserId(UUID.fromString(key));
            } catch (IllegalArgumentException e) {
                continue;
            }
            TrainingResult result = Arrays.stream(TrainingResult.values())
                    .filter(r -> r.name().equals(request.getParameter(name)))
                    .findFirst()
                    .orElse(null);
            if (result == null) {
                continue;
            }
            String typed = request.getParameter("score." + key);
            Integer score = null;
            if (typed != null && !typed.isBlank()) {
                try {
                    score = Integer.valueOf(typed.trim());
                } catch (NumberFormatException e) {
                    score = -1;
                }
                if (score < 0 || score > 100) {
                    redirect.addFlashAttribute("failed", "training.badScore");
                    return "redirect:/staff/training/" + id;
                }
            }
            String note = request.getParameter("note." + key);
            outcomes.add(new TrainingOutcome(
                    person, result, score, note == null || note.length() <= 300 ? note : note.substring(0, 300)));
        }
        steps.run(redirect, () -> training.results(id, outcomes));
        return "redirect:/staff/training/" + id;
    }

    private String show(StoreId store, @Nullable Integer page, Model model) {
        model.addAttribute("results", training.sessions(store, Paging.request(page, null, Paging.DEFAULT_SIZE)));
        model.addAttribute(
                "people",
                organization.staffOf(store).stream()
                        .filter(m -> m.active() && m.worksAt(store))
                        .sorted(Comparator.comparing(StaffMember::displayName))
                        .toList());
        model.addAttribute("skills", Skill.values());
        return "staff/training";
    }
}
