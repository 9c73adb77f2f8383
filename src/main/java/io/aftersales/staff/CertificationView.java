package io.aftersales.staff;

import io.aftersales.shared.UserId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A certificate as the lists show it.
 *
 * @param valid whether it is valid today
 * @param expiresSoon valid today and no longer 30 days from now
 */
public record CertificationView(
        CertificationId id,
        UserId personId,
        String personName,
        Skill skill,
        String number,
        LocalDate validFrom,
        LocalDate validUntil,
        @Nullable String note,
        boolean valid,
        boolean expiresSoon) {}
