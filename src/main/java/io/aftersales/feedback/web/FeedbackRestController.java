package io.aftersales.feedback.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.feedback.ComplaintFilter;
import io.aftersales.feedback.ComplaintId;
import io.aftersales.feedback.ComplaintManagement;
import io.aftersales.feedback.ComplaintStatus;
import io.aftersales.feedback.ComplaintView;
import io.aftersales.feedback.FollowUpFilter;
import io.aftersales.feedback.FollowUpId;
import io.aftersales.feedback.FollowUpKind;
import io.aftersales.feedback.FollowUpManagement;
import io.aftersales.feedback.FollowUpOutcome;
import io.aftersales.feedback.FollowUpStatus;
import io.aftersales.feedback.FollowUpView;
import io.aftersales.feedback.NewComplaint;
import io.aftersales.feedback.ReminderId;
import io.aftersales.feedback.ReminderKind;
import io.aftersales.feedback.ReminderManagement;
import io.aftersales.feedback.ReminderStatus;
import io.aftersales.feedback.ReminderView;
import io.aftersales.feedback.SatisfactionReport;
import io.aftersales.feedback.SatisfactionRow;
import io.aftersales.feedback.Severity;
import io.aftersales.feedback.web.FeedbackRequests.AssignRequest;
import io.aftersales.feedback.web.FeedbackRequests.CompleteRequest;
import io.aftersales.feedback.web.FeedbackRequests.ReasonRequest;
import io.aftersales.feedback.web.FeedbackRequests.RescheduleRequest;
import io.aftersales.feedback.web.FeedbackRequests.ResolveRequest;
import io.aftersales.feedback.web.FeedbackRequests.ReworkRequest;
import io.aftersales.feedback.web.FeedbackRequests.SurveyRequest;
import io.aftersales.feedback.web.FeedbackRequests.VerifyRequest;
import io.aftersales.feedback.web.FeedbackRequests.VersionRequest;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.web.XlsxDownload;
import io.aftersales.workorder.WorkOrderId;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The feedback loop over JSON: follow-ups, complaints (one POST per action, each naming the version it read), reminders. */
@Tag(
        name = "Follow-ups, surveys and complaints",
        description =
                "The closed feedback loop (回访/满意度/投诉): follow-up calls, survey links, complaints with owner, deadline, root cause and corrective action, reminders, satisfaction figures.")
@RestController
class FeedbackRestController {

    private final FollowUpManagement followUps;
    private final ComplaintManagement complaints;
    private final ReminderManagement reminders;
    private final SatisfactionReport satisfaction;

    FeedbackRestController(
            FollowUpManagement followUps,
            ComplaintManagement complaints,
            ReminderManagement reminders,
            SatisfactionReport satisfaction) {
        this.followUps = followUps;
        this.complaints = complaints;
        this.reminders = reminders;
        this.satisfaction = satisfaction;
    }

    // Follow-ups.

    @GetMapping("/api/v1/follow-ups")
    PagedResult<FollowUpView> followUps(
            @RequestParam(required = false) @Nullable FollowUpStatus status,
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable UserId agentId,
            @RequestParam(required = false) @Nullable FollowUpKind kind,
            @RequestParam(required = false) @Nullable CustomerId customerId,
            @RequestParam(required = false) @Nullable String due,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String sort) {
        return followUps.search(new FollowUpFilter(storeId, status, kind, agentId, customerId, due), page, size, sort);
    }

    @GetMapping("/api/v1/follow-ups/{id}")
    FollowUpView followUp(@PathVariable FollowUpId id) {
        return followUps.get(id);
    }

    @PostMapping("/api/v1/follow-ups/{id}/complete")
    FollowUpView complete(@PathVariable FollowUpId id, @Valid @RequestBody CompleteRequest request) {
        return followUps.complete(
                id,
                request.version(),
                new FollowUpOutcome(
                        request.reached(),
                        request.answers(),
                        request.score(),
                        request.nps(),
                        request.comment(),
                        request.satisfied()));
    }

    @PostMapping("/api/v1/follow-ups/{id}/reschedule")
    FollowUpView reschedule(@PathVariable FollowUpId id, @Valid @RequestBody RescheduleRequest request) {
        return followUps.reschedule(id, request.version(), request.dueAt(), request.agentId());
    }

    @PostMapping("/api/v1/follow-ups/{id}/survey")
    ResponseEntity<FollowUpManagement.SurveyLink> survey(
            @PathVariable FollowUpId id, @Valid @RequestBody SurveyRequest request) {
        FollowUpManagement.SurveyLink link = followUps.sendSurvey(id, request.version(), request.channel());
        return ResponseEntity.created(URI.create(link.url())).body(link);
    }

    // Complaints.

    @PostMapping("/api/v1/complaints")
    ResponseEntity<ComplaintView> open(@Valid @RequestBody NewComplaint request) {
        ComplaintView created = complaints.open(request);
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/v1/complaints")
    PagedResult<ComplaintView> complaints(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable ComplaintStatus status,
            @RequestParam(required = false) @Nullable Severity severity,
            @RequestParam(required = false) @Nullable UserId ownerId,
            @RequestParam(required = false) @Nullable CustomerId customerId,
            @RequestParam(required = false) @Nullable WorkOrderId workOrderId,
            @RequestParam(defaultValue = "false") boolean late,
            @RequestParam(defaultValue = "false") boolean escalated,
            @RequestParam(defaultValue = "false") boolean unfinished,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String sort) {
        return complaints.search(
                new ComplaintFilter(
                        storeId, status, severity, ownerId, customerId, workOrderId, late, escalated, unfinished),
                page,
                size,
                sort);
    }

    @GetMapping(path = "/api/v1/complaints/export", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable ComplaintStatus status,
            @RequestParam(required = false) @Nullable Severity severity,
            @RequestParam(defaultValue = "false") boolean late) {
        ComplaintFilter filter = new ComplaintFilter(storeId, status, severity, null, null, null, late, false, false);
        return XlsxDownload.of("complaints.xlsx", out -> complaints.export(filter, out));
    }

    @GetMapping("/api/v1/complaints/{id}")
    ComplaintView complaint(@PathVariable ComplaintId id) {
        return complaints.get(id);
    }

    @PostMapping("/api/v1/complaints/{id}/acknowledge")
    ComplaintView acknowledge(@PathVariable ComplaintId id, @Valid @RequestBody VersionRequest request) {
        return complaints.acknowledge(id, request.version());
    }

    @PostMapping("/api/v1/complaints/{id}/assign")
    ComplaintView assign(@PathVariable ComplaintId id, @Valid @RequestBody AssignRequest request) {
        return complaints.assign(id, request.version(), request.ownerId());
    }

    @PostMapping("/api/v1/complaints/{id}/investigate")
    ComplaintView investigate(@PathVariable ComplaintId id, @Valid @RequestBody VersionRequest request) {
        return complaints.investigate(id, request.version());
    }

    @PostMapping("/api/v1/complaints/{id}/resolve")
    ComplaintView resolve(@PathVariable ComplaintId id, @Valid @RequestBody ResolveRequest request) {
        return complaints.resolve(id, request.version(), request.rootCause(), request.correctiveAction());
    }

    @PostMapping("/api/v1/complaints/{id}/verify")
    ComplaintView verify(@PathVariable ComplaintId id, @Valid @RequestBody VerifyRequest request) {
        return complaints.verify(id, request.version(), request.satisfied(), request.note());
    }

    @PostMapping("/api/v1/complaints/{id}/close")
    ComplaintView close(@PathVariable ComplaintId id, @Valid @RequestBody VersionRequest request) {
        return complaints.close(id, request.version());
    }

    @PostMapping("/api/v1/complaints/{id}/reopen")
    ComplaintView reopen(@PathVariable ComplaintId id, @Valid @RequestBody ReasonRequest request) {
        return complaints.reopen(id, request.version(), request.reason());
    }

    @PostMapping("/api/v1/complaints/{id}/rework")
    ComplaintView rework(@PathVariable ComplaintId id, @Valid @RequestBody ReworkRequest request) {
        return complaints.rework(id, request.version(), request.description());
    }

    // Reminders and satisfaction.

    @GetMapping("/api/v1/reminders")
    PagedResult<ReminderView> reminders(
            @RequestParam(required = false) @Nullable LocalDate due,
            @RequestParam(required = false) @Nullable ReminderStatus status,
            @RequestParam(required = false) @Nullable ReminderKind kind,
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable CustomerId customerId,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String sort) {
        return reminders.search(due, status, kind, storeId, customerId, page, size, sort);
    }

    @PostMapping("/api/v1/reminders/{id}/dismiss")
    ReminderView dismiss(@PathVariable ReminderId id) {
        return reminders.dismiss(id);
    }

    /** Satisfaction per store, advisor or technician; the last 90 days unless a period is given. */
    @GetMapping("/api/v1/satisfaction")
    List<SatisfactionRow> satisfaction(
            @RequestParam(defaultValue = "STORE") SatisfactionReport.Per per,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable StoreId storeId) {
        return satisfaction.summary(per, from, to, storeId);
    }
}
