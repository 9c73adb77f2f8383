package io.aftersales.warranty.web;

import io.aftersales.warranty.NewWarrantyClaim;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderLineId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The claim form: the work order, its labour lines' codes ({@code labourCodes[lineId]}), fault code and note. */
public class WarrantyClaimForm {

    private @Nullable @NotNull WorkOrderId workOrderId;
    private @Nullable @Size(max = 30) String faultCode;
    private @Nullable @Size(max = 500) String note;
    private Map<String, String> labourCodes = new LinkedHashMap<>();

    NewWarrantyClaim toNewClaim() {
        return new NewWarrantyClaim(
                Objects.requireNonNull(workOrderId),
                faultCode,
                note,
                labourCodes.entrySet().stream()
                        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                        .map(e -> new NewWarrantyClaim.LabourCode(
                                new WorkOrderLineId(UUID.fromString(e.getKey())),
                                e.getValue().trim()))
                        .toList());
    }

    public @Nullable WorkOrderId getWorkOrderId() {
        return workOrderId;
    }

    public void setWorkOrderId(@Nullable WorkOrderId workOrderId) {
        this.workOrderId = workOrderId;
    }

    public @Nullable String getFaultCode() {
        return faultCode;
    }

    public void setFaultCode(@Nullable String faultCode) {
        this.faultCode = faultCode;
    }

    public @Nullable String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note;
    }

    public Map<String, String> getLabourCodes() {
        return labourCodes;
    }

    public void setLabourCodes(Map<String, String> labourCodes) {
        this.labourCodes = labourCodes;
    }
}
