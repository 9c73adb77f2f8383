package io.aftersales.standards.web;

import io.aftersales.shared.Image;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.web.ImageResponses;
import io.aftersales.standards.ActionStatus;
import io.aftersales.standards.AuditArea;
import io.aftersales.standards.AuditChecklistRequest;
import io.aftersales.standards.AuditChecklistView;
import io.aftersales.standards.AuditPhotoId;
import io.aftersales.standards.ChecklistId;
import io.aftersales.standards.CorrectiveActionId;
import io.aftersales.standards.CorrectiveActionView;
import io.aftersales.standards.ExecutionRate;
import io.aftersales.standards.NewStoreAudit;
import io.aftersales.standards.StoreAuditId;
import io.aftersales.standards.StoreAuditView;
import io.aftersales.standards.StoreAudits;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(
        name = "Standards audits",
        description = "规章制度执行力: checklists of 5S, etiquette and SOP; audits of a store scored in per cent of the"
                + " items' weights, with photos; a corrective action with owner and deadline for each failed item;"
                + " the execution rate per store and month.")
@RestController
class StandardsRestController {

    record ChecklistChange(
            @NotNull Long version, @Valid @NotNull AuditChecklistRequest checklist) {}

    record ActionClosing(
            @NotNull Long version,
            @NotBlank @Size(max = 500) String note,
            @Nullable LocalDate doneOn) {}

    private final StoreAudits audits;

    StandardsRestController(StoreAudits audits) {
        this.audits = audits;
    }

    @GetMapping("/api/v1/audit-checklists")
    List<AuditChecklistView> checklists() {
        return audits.checklists();
    }

    /** A checklist (managers): its items with a weight of 1 to 10 each. */
    @PostMapping("/api/v1/audit-checklists")
    ResponseEntity<AuditChecklistView> createChecklist(@Valid @RequestBody AuditChecklistRequest request) {
        AuditChecklistView created = audits.createChecklist(request);
        return ResponseEntity.created(URI.create("/api/v1/audit-checklists/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/v1/audit-checklists/{id}")
    AuditChecklistView checklist(@PathVariable ChecklistId id) {
        return audits.checklist(id);
    }

    /** Changes a checklist at the version read; audits already recorded keep the items they had. */
    @PutMapping("/api/v1/audit-checklists/{id}")
    AuditChecklistView updateChecklist(@PathVariable ChecklistId id, @Valid @RequestBody ChecklistChange change) {
        return audits.updateChecklist(id, change.version(), change.checklist());
    }

    @GetMapping("/api/v1/store-audits")
    PagedResult<StoreAuditView> search(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable AuditArea area,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return audits.search(storeId, area, page, size);
    }

    /** Records an audit (managers, HQ): one result per item; each failed one opens a corrective action. */
    @PostMapping("/api/v1/store-audits")
    ResponseEntity<StoreAuditView> record(@Valid @RequestBody NewStoreAudit request) {
        StoreAuditView recorded = audits.record(request);
        return ResponseEntity.created(URI.create("/api/v1/store-audits/" + recorded.id()))
                .body(recorded);
    }

    /** Per store and month from {@code from} to {@code to} (yyyy-MM): audits, average score, actions done on time. */
    @GetMapping("/api/v1/store-audits/rates")
    List<ExecutionRate> rates(@RequestParam YearMonth from, @RequestParam YearMonth to) {
        return audits.rates(from, to);
    }

    @GetMapping("/api/v1/store-audits/{id}")
    StoreAuditView get(@PathVariable StoreAuditId id) {
        return audits.get(id);
    }

    @PostMapping(path = "/api/v1/store-audits/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, AuditPhotoId>> addPhoto(
            @PathVariable StoreAuditId id,
            @RequestParam("photo") MultipartFile photo,
            @RequestParam(required = false) @Nullable String caption)
            throws IOException {
        AuditPhotoId added = audits.addPhoto(id, caption, photo.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/store-audits/" + id + "/photos/" + added))
                .body(Map.of("id", added));
    }

    @GetMapping("/api/v1/store-audits/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable StoreAuditId id, @PathVariable AuditPhotoId photoId) {
        Image image = audits.photo(id, photoId);
        return ImageResponses.of(image);
    }

    @GetMapping("/api/v1/corrective-actions")
    PagedResult<CorrectiveActionView> actions(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable ActionStatus status,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return audits.actions(storeId, status, mine, overdue, page, size);
    }

    /** The owner (or a manager) says what was done, and on which day (today when left out). */
    @PostMapping("/api/v1/corrective-actions/{id}/close")
    CorrectiveActionView close(@PathVariable CorrectiveActionId id, @Valid @RequestBody ActionClosing request) {
        return audits.close(id, request.version(), request.note(), request.doneOn());
    }
}
