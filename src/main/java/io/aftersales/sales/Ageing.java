package io.aftersales.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What is open on a day, in all and per ageing bucket (every bucket, in order), and how much of it is past due. */
public record Ageing(LocalDate asOf, BigDecimal open, BigDecimal overdue, List<AgeingRow> buckets) {

    public record AgeingRow(AgeingBucket bucket, long count, BigDecimal amount) {}
}
