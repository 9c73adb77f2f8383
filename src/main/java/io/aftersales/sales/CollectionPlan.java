package io.aftersales.sales;

import io.aftersales.shared.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What each rep is to collect (催收计划): the open receivables past due or falling due by {@code until}, earliest due
 * first, with the sums past due and still to fall due.
 */
public record CollectionPlan(LocalDate asOf, LocalDate until, List<RepCollections> reps) {

    /** @param repId null for receivables that follow no rep */
    public record RepCollections(
            @Nullable UserId repId,
            String repName,
            BigDecimal overdue,
            BigDecimal dueSoon,
            List<ReceivableView> items) {}
}
