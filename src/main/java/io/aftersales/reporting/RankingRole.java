package io.aftersales.reporting;

/** Who a star ranking ranks: lead technicians (星级技师) by the jobs they led, or advisors (明星顾问) by the jobs they took in. */
public enum RankingRole {
    TECHNICIAN(KpiGrouping.TECHNICIAN),
    ADVISOR(KpiGrouping.ADVISOR);

    private final KpiGrouping grouping;

    RankingRole(KpiGrouping grouping) {
        this.grouping = grouping;
    }

    KpiGrouping grouping() {
        return grouping;
    }
}
