package io.aftersales.warranty;

import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderLineId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A claim for a delivered work order's WARRANTY lines: each labour line needs the maker's labour code.
 *
 * @param faultCode the maker's fault code (故障代码), if it asks for one
 */
public record NewWarrantyClaim(
        @NotNull WorkOrderId workOrderId,
        @Nullable @Size(max = 30) String faultCode,
        @Nullable @Size(max = 500) String note,
        @Nullable List<@Valid LabourCode> labourCodes) {

    /** The maker's labour operation code for one labour line. */
    public record LabourCode(
            @NotNull WorkOrderLineId lineId,
            @NotBlank @Size(max = 30) String code) {}

    public List<LabourCode> codes() {
        return labourCodes == null ? List.of() : labourCodes;
    }
}
