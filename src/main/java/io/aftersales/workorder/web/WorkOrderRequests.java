package io.aftersales.workorder.web;

import io.aftersales.shared.PartId;
import io.aftersales.shared.UserId;
import io.aftersales.workorder.InspectionRating;
import io.aftersales.workorder.InspectionResult;
import io.aftersales.workorder.LineKind;
import io.aftersales.workorder.NewLine;
import io.aftersales.workorder.PayType;
import io.aftersales.workorder.PaymentLine;
import io.aftersales.workorder.WorkOrderLineId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a step of the lane takes, as JSON from the API and as form fields from the work-order page alike; the web forms
 * that differ in shape (a plan's list typed as lines, decisions and payments per line and method) are in
 * {@link WorkOrderForms}.
 */
final class WorkOrderRequests {

    private WorkOrderRequests() {}

    public record VersionRequest(@NotNull Long version) {}

    public record LineRequest(
            @Nullable Long version,
            @NotNull LineKind kind,
            @NotBlank @Size(max = 300) String description,

            @NotNull @DecimalMin(value = "0", inclusive = false)
            BigDecimal quantity,

            @NotNull @DecimalMin("0") BigDecimal unitPrice,
            @NotNull PayType payType,
            @Nullable PartId partId,
            @Nullable @Size(max = 60) String partNumber,
            @Nullable Boolean genuine,
            @Nullable @Size(max = 500) String warrantyOverrideReason) {

        public NewLine line() {
            return new NewLine(
                    kind,
                    description,
                    quantity,
                    unitPrice,
                    payType,
                    partId,
                    partNumber,
                    genuine,
                    warrantyOverrideReason);
        }
    }

    public record TemplateRequest(
            @NotNull Long version, @NotBlank String template) {}

    public record ApproveRequest(
            @NotNull Long version,
            @Nullable List<@NotNull WorkOrderLineId> approvedLineIds,
            @Nullable List<@NotNull WorkOrderLineId> declinedLineIds,
            @NotBlank @Size(max = 100) String approvedBy) {}

    public record DispatchRequest(
            @NotNull Long version,
            @NotNull UserId leadTechnicianId,
            @Nullable List<@NotNull UserId> assistantIds,
            @Nullable @Size(max = 30) String bay,

            @Schema(description = "A manager's reason to dispatch a lead without the certificate the job requires")
            @Nullable
            @Size(max = 300)
            String overrideReason) {}

    public record ReasonRequest(
            @NotNull Long version,
            @NotBlank @Size(max = 500) String reason) {}

    public record LogRequest(
            @NotNull Long version,
            @NotBlank @Size(max = 2000) String text,
            @Nullable WorkOrderLineId lineId,
            @Nullable @Size(max = 1000) String rootCause) {}

    public record ClockRequest(
            @NotNull Long version, @Nullable WorkOrderLineId lineId) {}

    public record NoteRequest(
            @NotNull Long version,
            @Nullable @Size(max = 1000) String note) {}

    public record CompleteRequest(
            @NotNull Long version,
            @Nullable @Size(max = 1000) String finalTest) {}

    public record SettleRequest(
            @NotNull Long version, @Nullable List<@NotNull @Valid PaymentLine> payments) {}

    public record DeliverRequest(
            @NotNull Long version,
            @NotBlank @Size(max = 100) String signedBy,
            @Nullable String signature) {}

    public record InspectionRequest(
            @NotNull Long version, @NotNull List<@NotNull @Valid InspectionItemRequest> items) {

        public List<InspectionResult> results() {
            return items.stream()
                    .map(item -> new InspectionResult(item.item(), item.rating(), item.note()))
                    .toList();
        }
    }

    public record InspectionItemRequest(
            @NotBlank @Size(max = 100) String item,
            @Nullable InspectionRating rating,
            @Nullable @Size(max = 500) String note) {}

    public record PlanRequest(
            @NotNull Long version,
            @Nullable @Size(max = 1000) String mainProblem,
            @Nullable @Size(max = 2000) String plannedSteps,
            @Nullable List<@NotNull @Size(max = 200) String> toBring) {}

    public record ChecklistRequest(
            @NotNull Long version, @NotNull List<@NotNull Integer> ticked) {}
}
