package io.aftersales.staff;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A training session to record: of which store (the current one when left out), its title, the skill it trains (when
 * passing it earns a certificate valid {@code certificateMonths}), the day, trainer, hours and who attends.
 */
public record NewTrainingSession(
        @Nullable StoreId storeId,
        @NotBlank @Size(max = 200) String title,
        @Nullable Skill skill,
        @NotNull LocalDate heldOn,
        @Nullable @Size(max = 100) String trainer,

        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("999") @Digits(integer = 3, fraction = 1)
        BigDecimal hours,

        @Nullable @Min(1) @Max(120) Integer certificateMonths,
        @NotEmpty @Size(max = 100) List<@NotNull UserId> attendees) {}
