package io.aftersales.staff;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A session with each attendee's result. */
public record TrainingSessionView(
        TrainingSessionId id,
        StoreId storeId,
        String title,
        @Nullable Skill skill,
        LocalDate heldOn,
        @Nullable String trainer,
        BigDecimal hours,
        @Nullable Integer certificateMonths,
        List<Attendee> attendees) {

    public record Attendee(
            UserId personId,
            String personName,
            TrainingResult result,
            @Nullable Integer score,
            @Nullable String note) {}
}
