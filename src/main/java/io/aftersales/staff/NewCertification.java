package io.aftersales.staff;

import io.aftersales.shared.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A certificate to record: whose, of which skill, its number and the days it is valid (until included). */
public record NewCertification(
        @NotNull UserId personId,
        @NotNull Skill skill,
        @NotBlank @Size(max = 60) String number,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validUntil,
        @Nullable @Size(max = 300) String note) {}
