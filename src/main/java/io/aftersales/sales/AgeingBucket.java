package io.aftersales.sales;

/** How long an amount has been owed, in days since it arose (账龄): 0–30, 31–60, 61–90, over 90. */
public enum AgeingBucket {
    UP_TO_30,
    UP_TO_60,
    UP_TO_90,
    OVER_90;

    public static AgeingBucket of(long days) {
        return days <= 30 ? UP_TO_30 : days <= 60 ? UP_TO_60 : days <= 90 ? UP_TO_90 : OVER_90;
    }
}
