package io.aftersales.workorder;

import io.aftersales.shared.PartId;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An estimate line. For {@code LABOR} the quantity is hours and the unit price the hourly rate.
 *
 * @param warrantyOverrideReason a manager's reason to charge the maker although the asset is out of warranty
 */
public record NewLine(
        @NotNull LineKind kind,
        @NotBlank @Size(max = 300) String description,
        @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal quantity,
        @NotNull @DecimalMin("0") BigDecimal unitPrice,
        @NotNull PayType payType,
        @Nullable PartId partId,
        @Nullable @Size(max = 60) String partNumber,
        @Nullable Boolean genuine,
        @Nullable @Size(max = 500) String warrantyOverrideReason) {

    public static NewLine of(
            LineKind kind, String description, BigDecimal quantity, BigDecimal unitPrice, PayType pay) {
        return new NewLine(kind, description, quantity, unitPrice, pay, null, null, null, null);
    }

    public NewLine withPartNumber(String number) {
        return new NewLine(
                kind, description, quantity, unitPrice, payType, partId, number, genuine, warrantyOverrideReason);
    }
}
