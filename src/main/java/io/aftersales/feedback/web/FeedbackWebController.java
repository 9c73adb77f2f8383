package io.aftersales.feedback.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.feedback.Answer;
import io.aftersales.feedback.Channel;
import io.aftersales.feedback.ComplaintFilter;
import io.aftersales.feedback.ComplaintId;
import io.aftersales.feedback.ComplaintManagement;
import io.aftersales.feedback.ComplaintSource;
import io.aftersales.feedback.ComplaintStatus;
import io.aftersales.feedback.ComplaintView;
import io.aftersales.feedback.FollowUpFilter;
import io.aftersales.feedback.FollowUpId;
import io.aftersales.feedback.FollowUpManagement;
import io.aftersales.feedback.FollowUpOutcome;
import io.aftersales.feedback.FollowUpStatus;
import io.aftersales.feedback.FollowUpView;
import io.aftersales.feedback.NewComplaint;
import io.aftersales.feedback.ReminderId;
import io.aftersales.feedback.ReminderKind;
import io.aftersales.feedback.ReminderManagement;
import io.aftersales.feedback.SatisfactionReport;
import io.aftersales.feedback.Severity;
import io.aftersales.feedback.web.FeedbackRequests.AssignRequest;
import io.aftersales.feedback.web.FeedbackRequests.ReasonRequest;
import io.aftersales.feedback.web.FeedbackRequests.ResolveRequest;
import io.aftersales.feedback.web.FeedbackRequests.ReworkRequest;
import io.aftersales.feedback.web.FeedbackRequests.VerifyRequest;
import io.aftersales.feedback.web.FeedbackRequests.VersionRequest;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.security.CurrentStore;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.web.FormSteps;
import io.aftersales.shared.web.ProblemResponses;
import io.aftersales.shared.web.XlsxDownload;
import io.aftersales.workorder.WorkOrderFilter;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderManagement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
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
 * The feedback loop in the browser: the agent's work list and call script, the complaint desk, reminders and the
 * satisfaction summary. Actions are plain form posts that redirect back with what happened.
 */
@Controller
class FeedbackWebController {

    private final FollowUpManagement followUps;
    private final ComplaintManagement complaints;
    private final ReminderManagement reminders;
    private final SatisfactionReport satisfaction;
    private final OrganizationManagement organization;
    private final CustomerManagement customers;
    private final WorkOrderManagement workOrders;
    private final ProblemResponses messages;
    private final FormSteps steps;

    FeedbackWebController(
            FollowUpManagement followUps,
            ComplaintManagement complaints,
            ReminderManagement reminders,
            SatisfactionReport satisfaction,
            OrganizationManagement organization,
            CustomerManagement customers,
            WorkOrderManagement workOrders,
            ProblemResponses messages,
            FormSteps steps) {
        this.steps = steps;
        this.followUps = followUps;
        this.complaints = complaints;
        this.reminders = reminders;
        this.satisfaction = satisfaction;
        this.organization = organization;
        this.customers = customers;
        this.workOrders = workOrders;
        this.messages = messages;
    }

    // Follow-ups.

    /** The work list: due today by default; agents see their own unless they ask for everyone's. */
    @GetMapping("/follow-ups")
    String followUps(
            @RequestParam(defaultValue = "today") String view,
            @RequestParam(defaultValue = "false") boolean everyone,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        SignedInUser user = CurrentUser.require();
        StoreId storeId = CurrentStore.find().orElse(null);
        boolean agent = user.hasRole(Role.FOLLOW_UP_AGENT);
        UserId agentId = agent && !everyone ? user.userId() : null;
        FollowUpFilter filter = switch (view) {
            case "overdue" -> new FollowUpFilter(storeId, null, null, agentId, null, "overdue");
            case "open" -> new FollowUpFilter(storeId, FollowUpStatus.OPEN, null, agentId, null, null);
            case "done" -> new FollowUpFilter(storeId, FollowUpStatus.DONE, null, agentId, null, null);
            case "unreachable" -> new FollowUpFilter(storeId, FollowUpStatus.UNREACHABLE, null, agentId, null, null);
            default -> new FollowUpFilter(storeId, null, null, agentId, null, "today");
        };
        String sort = view.equals("done") || view.equals("unreachable") ? "completedAt,desc" : "dueAt";
        var result = followUps.search(filter, page, 25, sort);
        model.addAttribute("result", result);
        model.addAttribute("view", view);
        model.addAttribute("agent", agent);
        model.addAttribute("everyone", everyone);
        model.addAttribute(
                "names",
                names(result.items().stream().map(FollowUpView::agentId).toList()));
        return "feedback/follow-ups";
    }

    @GetMapping("/follow-ups/{id}")
    String followUp(@PathVariable FollowUpId id, Model model) {
        FollowUpView followUp = followUps.get(id);
        model.addAttribute("f", followUp);
        model.addAttribute("customer", customers.get(followUp.customerId()));
        model.addAttribute("channels", Channel.values());
        model.addAttribute(
                "agents",
                organization.staffOf(followUp.storeId()).stream()
                        .filter(s -> s.has(Role.FOLLOW_UP_AGENT) || s.has(Role.SERVICE_ADVISOR))
                        .toList());
        model.addAttribute(
                "names", names(Arrays.asList(followUp.agentId(), followUp.advisorId(), followUp.technicianId())));
        if (followUp.complaintId() != null) {
            model.addAttribute("complaint", complaints.get(followUp.complaintId()));
        }
        return "feedback/follow-up";
    }

    /**
     * The call's outcome as the agent enters it: per question a score ({@code scores[i]}) and what was said
     * ({@code notes[i]}), the overall score, NPS, comment and, for a complaint's verification, whether the customer is
     * satisfied.
     */
    record CallForm(
            @NotNull Long version,
            @Nullable Boolean reached,
            @Nullable List<@Min(1) @Max(5) Integer> scores,
            @Nullable List<@Size(max = 1000) String> notes,
            @Nullable @Min(1) @Max(5) Integer score,
            @Nullable @Min(0) @Max(10) Integer nps,
            @Nullable @Size(max = 2000) String comment,
            @Nullable Boolean satisfied) {

        FollowUpOutcome outcome(List<String> questions) {
            boolean wasReached = !Boolean.FALSE.equals(reached);
            List<Answer> answers = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                answers.add(new Answer(questions.get(i), at(scores, i), blankToNull(at(notes, i))));
            }
            return new FollowUpOutcome(
                    wasReached,
                    wasReached ? answers : List.of(),
                    wasReached ? score : null,
                    wasReached ? nps : null,
                    blankToNull(comment),
                    satisfied);
        }

        private static <T> @Nullable T at(@Nullable List<T> values, int index) {
            return values == null || index >= values.size() ? null : values.get(index);
        }
    }

    @PostMapping("/follow-ups/{id}/complete")
    String complete(
            @PathVariable FollowUpId id,
            @Valid @ModelAttribute CallForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        return step(redirect, "/follow-ups/" + id, result, () -> {
            FollowUpView done = followUps.complete(
                    id, form.version(), form.outcome(followUps.get(id).questions()));
            return done.status() == FollowUpStatus.OPEN ? "followUp.retryLater" : "common.saved";
        });
    }

    @PostMapping("/follow-ups/{id}/reschedule")
    String reschedule(
            @PathVariable FollowUpId id,
            @RequestParam long version,
            @RequestParam LocalDateTime dueAt,
            @RequestParam(required = false) @Nullable UserId agentId,
            RedirectAttributes redirect) {
        return attempt(redirect, "/follow-ups/" + id, () -> {
            ZoneId zone = organization.zoneOf(followUps.get(id).storeId());
            followUps.reschedule(id, version, dueAt.atZone(zone).toInstant(), agentId);
            return "common.saved";
        });
    }

    @PostMapping("/follow-ups/{id}/survey")
    String survey(
            @PathVariable FollowUpId id,
            @RequestParam long version,
            @RequestParam Channel channel,
            RedirectAttributes redirect) {
        return attempt(redirect, "/follow-ups/" + id, () -> {
            FollowUpManagement.SurveyLink link = followUps.sendSurvey(id, version, channel);
            redirect.addFlashAttribute("surveyUrl", link.url());
            return "followUp.surveySent";
        });
    }

    // Complaints.

    @GetMapping("/complaints")
    String complaints(
            @RequestParam(required = false) @Nullable ComplaintStatus status,
            @RequestParam(required = false) @Nullable Severity severity,
            @RequestParam(defaultValue = "false") boolean late,
            @RequestParam(defaultValue = "false") boolean escalated,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean closed,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        UserId owner = mine ? CurrentUser.require().userId() : null;
        var result = complaints.search(
                new ComplaintFilter(
                        CurrentStore.find().orElse(null),
                        status,
                        severity,
                        owner,
                        null,
                        null,
                        late,
                        escalated,
                        !closed && status == null),
                page,
                25,
                "resolveDue");
        model.addAttribute("result", result);
        model.addAttribute("status", status);
        model.addAttribute("severity", severity);
        model.addAttribute("late", late);
        model.addAttribute("escalated", escalated);
        model.addAttribute("mine", mine);
        model.addAttribute("closed", closed);
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute(
                "names",
                names(result.items().stream().map(ComplaintView::ownerId).toList()));
        return "feedback/complaints";
    }

    @GetMapping("/complaints/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable ComplaintStatus status,
            @RequestParam(required = false) @Nullable Severity severity,
            @RequestParam(defaultValue = "false") boolean late) {
        ComplaintFilter filter = new ComplaintFilter(
                CurrentStore.find().orElse(null), status, severity, null, null, null, late, false, false);
        return XlsxDownload.of("complaints.xlsx", out -> complaints.export(filter, out));
    }

    /** The form for a complaint taken by hand, for a customer (and one of their work orders). */
    @GetMapping("/complaints/new")
    String newComplaint(@RequestParam CustomerId customerId, Model model) {
        model.addAttribute("customer", customers.get(customerId));
        model.addAttribute("workOrders", workOrders.search(WorkOrderFilter.forCustomer(customerId), 0, 20, null));
        model.addAttribute("sources", List.of(ComplaintSource.PHONE, ComplaintSource.WALK_IN, ComplaintSource.ONLINE));
        model.addAttribute("severities", Severity.values());
        return "feedback/complaint-form";
    }

    @PostMapping("/complaints")
    String open(
            @RequestParam CustomerId customerId,
            @RequestParam(required = false) @Nullable WorkOrderId workOrderId,
            @RequestParam ComplaintSource source,
            @RequestParam Severity severity,
            @RequestParam String description,
            RedirectAttributes redirect) {
        try {
            ComplaintView created = complaints.open(new NewComplaint(
                    workOrderId, CurrentStore.find().orElse(null), customerId, source, severity, description, null));
            redirect.addFlashAttribute("saved", "common.saved");
            return "redirect:/complaints/" + created.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
            return "redirect:/complaints/new?customerId=" + customerId;
        }
    }

    @GetMapping("/complaints/{id}")
    String complaint(@PathVariable ComplaintId id, Model model) {
        ComplaintView complaint = complaints.get(id);
        model.addAttribute("c", complaint);
        model.addAttribute("staff", organization.staffOf(complaint.storeId()));
        model.addAttribute(
                "names", names(Arrays.asList(complaint.ownerId(), complaint.advisorId(), complaint.technicianId())));
        return "feedback/complaint";
    }

    @PostMapping("/complaints/{id}/acknowledge")
    String acknowledge(
            @PathVariable ComplaintId id,
            @Valid @ModelAttribute VersionRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return complaintStep(id.value(), result, redirect, () -> complaints.acknowledge(id, form.version()));
    }

    @PostMapping("/complaints/{id}/assign")
    String assign(
            @PathVariable ComplaintId id,
            @Valid @ModelAttribute AssignRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return complaintStep(id.value(), result, redirect, () -> complaints.assign(id, form.version(), form.ownerId()));
    }

    @PostMapping("/complaints/{id}/investigate")
    String investigate(
            @PathVariable ComplaintId id,
            @Valid @ModelAttribute VersionRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return complaintStep(id.value(), result, redirect, () -> complaints.investigate(id, form.version()));
    }

    @PostMapping("/complaints/{id}/resolve")
    String resolve(
            @PathVariable ComplaintId id,
            @Valid @ModelAttribute ResolveRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return complaintStep(
                id.value(),
                result,
                redirect,
                () -> complaints.resolve(
                        id, form.version(), blankToNull(form.rootCause()), blankToNull(form.correctiveAction())));
    }

    @PostMapping("/complaints/{id}/verify")
    String verify(
            @PathVariable ComplaintId id,
            @Valid @ModelAttribute VerifyRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return complaintStep(
                id.value(),
                result,
                redirect,
                () -> complaints.verify(id, form.version(), form.satisfied(), blankToNull(form.note())));
    }

    @PostMapping("/complaints/{id}/close")
    String close(
            @PathVariable ComplaintId id,
            @Valid @ModelAttribute VersionRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return complaintStep(id.value(), result, redirect, () -> complaints.close(id, form.version()));
    }

    @PostMapping("/complaints/{id}/reopen")
    String reopen(
            @PathVariable ComplaintId id,
            @Valid @ModelAttribute ReasonRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return complaintStep(
                id.value(), result, redirect, () -> complaints.reopen(id, form.version(), blankToNull(form.reason())));
    }

    @PostMapping("/complaints/{id}/rework")
    String rework(
            @PathVariable ComplaintId id,
            @Valid @ModelAttribute ReworkRequest form,
            BindingResult result,
            RedirectAttributes redirect) {
        return complaintStep(
                id.value(),
                result,
                redirect,
                () -> complaints.rework(id, form.version(), blankToNull(form.description())));
    }

    private String complaintStep(UUID id, BindingResult form, RedirectAttributes redirect, Runnable change) {
        return step(redirect, "/complaints/" + id, form, () -> {
            change.run();
            return "common.saved";
        });
    }

    // Reminders and satisfaction.

    @GetMapping("/reminders")
    String reminders(
            @RequestParam(required = false) @Nullable LocalDate due,
            @RequestParam(required = false) @Nullable ReminderKind kind,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute(
                "result",
                reminders.search(due, null, kind, CurrentStore.find().orElse(null), null, page, 25, "dueOn,desc"));
        model.addAttribute("due", due);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ReminderKind.values());
        return "feedback/reminders";
    }

    @PostMapping("/reminders/{id}/dismiss")
    String dismiss(@PathVariable ReminderId id, RedirectAttributes redirect) {
        return attempt(redirect, "/reminders", () -> {
            reminders.dismiss(id);
            return "common.saved";
        });
    }

    @GetMapping("/satisfaction")
    String satisfaction(
            @RequestParam(defaultValue = "STORE") SatisfactionReport.Per per,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            Model model) {
        StoreId storeId =
                per == SatisfactionReport.Per.STORE ? null : CurrentStore.find().orElse(null);
        ZoneId zone = organization.zoneOf(CurrentStore.find().orElse(null));
        Instant since = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant until = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        model.addAttribute("rows", satisfaction.summary(per, since, until, storeId));
        model.addAttribute("per", per);
        model.addAttribute("pers", SatisfactionReport.Per.values());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "feedback/satisfaction";
    }

    /** Runs a step unless its form failed to bind or validate; either way goes back with what happened. */
    private String step(RedirectAttributes redirect, String back, BindingResult form, Supplier<String> work) {
        steps.runSaying(form, redirect, work);
        return "redirect:" + back;
    }

    private String attempt(RedirectAttributes redirect, String back, Supplier<String> work) {
        try {
            redirect.addFlashAttribute("saved", work.get());
        } catch (DomainException e) {
            redirect.addFlashAttribute("failedText", messages.text(e.messageKey(), e.args()));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("failedText", messages.text("error.page.400.text"));
        }
        return "redirect:" + back;
    }

    private Map<UserId, String> names(Collection<@Nullable UserId> ids) {
        Set<UserId> known = new HashSet<>();
        ids.forEach(id -> {
            if (id != null) {
                known.add(id);
            }
        });
        Map<UserId, String> names = new HashMap<>();
        if (!known.isEmpty()) {
            organization.staff(known).forEach((StaffMember s) -> names.put(s.id(), s.displayName()));
        }
        return names;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
