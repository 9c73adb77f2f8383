package io.aftersales.staff.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.StoreId;
import io.aftersales.staff.NewTrainingSession;
import io.aftersales.staff.Training;
import io.aftersales.staff.TrainingOutcome;
import io.aftersales.staff.TrainingSessionId;
import io.aftersales.staff.TrainingSessionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Training",
        description = "培训: sessions with attendees and results; passing one that trains a skill records the"
                + " certificate.")
class TrainingRestController {

    private final Training training;
    private final OrganizationManagement organization;

    TrainingRestController(Training training, OrganizationManagement organization) {
        this.training = training;
        this.organization = organization;
    }

    @Operation(summary = "A store's sessions", description = "Managers see all, anyone else those they attended.")
    @GetMapping("/api/v1/training-sessions")
    PagedResult<TrainingSessionView> sessions(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return training.sessions(organization.storeOrDefault(storeId), Paging.request(page, size, Paging.DEFAULT_SIZE));
    }

    @Operation(
            summary = "Record a session (managers)",
            description = "Attendees are active people of the store; certificateMonths only with a skill.")
    @PostMapping("/api/v1/training-sessions")
    ResponseEntity<TrainingSessionView> record(@Valid @RequestBody NewTrainingSession request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(training.record(request));
    }

    @GetMapping("/api/v1/training-sessions/{id}")
    TrainingSessionView get(@PathVariable TrainingSessionId id) {
        return training.get(id);
    }

    @Operation(
            summary = "Record attendees' results (managers)",
            description = "A list of {personId, result, score, note}; results other than PENDING and ABSENT once the"
                    + " session has taken place. A first PASSED of a session with a skill and certificateMonths"
                    + " records the certificate.")
    @PutMapping("/api/v1/training-sessions/{id}/results")
    TrainingSessionView results(
            @PathVariable TrainingSessionId id,
            @RequestBody @Valid @Size(max = 100) List<@Valid @NotNull TrainingOutcome> outcomes) {
        return training.results(id, outcomes);
    }
}
