package io.aftersales.demo;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.reporting.CostBudget;
import io.aftersales.reporting.CostCentre;
import io.aftersales.reporting.CostControl;
import io.aftersales.reporting.KpiMetric;
import io.aftersales.reporting.KpiTarget;
import io.aftersales.reporting.KpiTargets;
import io.aftersales.reporting.NewCostEntry;
import io.aftersales.reporting.Reports;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SystemUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * The demo's management figures: targets of the last three months for each store and advisor (a little above what the
 * demo's history delivers, so that some are met and some not), cost budgets per store and person, and the costs
 * entered by hand (consumables, overtime, warranty not reimbursed) up to yesterday, so that the cost page shows lines
 * within, ahead of and over their budget. Seeded, so every demo looks the same.
 */
@Component
class DemoReporting {

    private static final List<String> CONSUMABLES = List.of("清洗剂、抹布", "机油滤清器扳手耗损", "手套、座椅套", "刹车清洗剂");

    private final KpiTargets targets;
    private final CostControl costs;
    private final Reports reports;
    private final OrganizationManagement organization;

    DemoReporting(KpiTargets targets, CostControl costs, Reports reports, OrganizationManagement organization) {
        this.targets = targets;
        this.costs = costs;
        this.reports = reports;
        this.organization = organization;
    }

    void load(DemoOrganization.Loaded demo) {
        SystemUser.callAs(demo.organizationId(), demo.storeIds(), () -> {
            Random random = new Random(13);
            LocalDate yesterday = reports.today().minusDays(1);
            for (StoreId store : demo.storeIds()) {
                List<StaffMember> staff = organization.staffOf(store);
                for (int back = 2; back >= 0; back--) {
                    YearMonth month = YearMonth.from(yesterday).minusMonths(back);
                    targets.set(month, store, targetsOf(staff));
                    costs.setBudgets(month, store, budgetsOf(staff));
                    enterCosts(store, staff, month, yesterday, random);
                }
            }
            return null;
        });
    }

    private static List<KpiTarget> targetsOf(List<StaffMember> staff) {
        List<KpiTarget> list = new ArrayList<>(List.of(
                new KpiTarget(null, KpiMetric.OUTPUT_VALUE, yuan(16_000)),
                new KpiTarget(null, KpiMetric.DELIVERED, yuan(22)),
                new KpiTarget(null, KpiMetric.PARTS, yuan(7_000))));
        for (StaffMember advisor : with(staff, Role.SERVICE_ADVISOR)) {
            list.add(new KpiTarget(advisor.id(), KpiMetric.OUTPUT_VALUE, yuan(15_000)));
            list.add(new KpiTarget(advisor.id(), KpiMetric.DELIVERED, yuan(20)));
        }
        for (StaffMember technician : with(staff, Role.TECHNICIAN)) {
            list.add(new KpiTarget(technician.id(), KpiMetric.SOLD_HOURS, yuan(60)));
        }
        return list;
    }

    private static List<CostBudget> budgetsOf(List<StaffMember> staff) {
        List<CostBudget> list = new ArrayList<>(List.of(
                new CostBudget(null, CostCentre.GOODWILL, yuan(1_500)),
                new CostBudget(null, CostCentre.INTERNAL_REPAIR, yuan(1_000)),
                new CostBudget(null, CostCentre.WARRANTY_UNREIMBURSED, yuan(600)),
                new CostBudget(null, CostCentre.CONSUMABLES, yuan(1_200)),
                new CostBudget(null, CostCentre.OVERTIME, yuan(800))));
        for (StaffMember advisor : with(staff, Role.SERVICE_ADVISOR)) {
            list.add(new CostBudget(advisor.id(), CostCentre.GOODWILL, yuan(1_000)));
        }
        for (StaffMember technician : with(staff, Role.TECHNICIAN)) {
            list.add(new CostBudget(technician.id(), CostCentre.OVERTIME, yuan(600)));
        }
        return list;
    }

    /** A few consumables a week for the store, overtime of each technician, now and then a warranty not paid. */
    private void enterCosts(StoreId store, List<StaffMember> staff, YearMonth month, LocalDate last, Random random) {
        for (LocalDate day = month.atDay(1); !day.isAfter(last) && !day.isAfter(month.atEndOfMonth()); ) {
            costs.record(new NewCostEntry(
                    store,
                    null,
                    CostCentre.CONSUMABLES,
                    day,
                    yuan(80 + random.nextInt(220)),
                    CONSUMABLES.get(random.nextInt(CONSUMABLES.size()))));
            for (StaffMember technician : with(staff, Role.TECHNICIAN)) {
                if (random.nextInt(3) == 0) {
                    costs.record(new NewCostEntry(
                            store,
                            technician.id(),
                            CostCentre.OVERTIME,
                            day,
                            yuan(100 + 50 * random.nextInt(4)),
                            "周末加班赶交车"));
                }
            }
            if (random.nextInt(6) == 0) {
                costs.record(new NewCostEntry(
                        store,
                        null,
                        CostCentre.WARRANTY_UNREIMBURSED,
                        day,
                        yuan(150 + random.nextInt(300)),
                        "厂家拒赔：超出保修里程"));
            }
            day = day.plusDays(2 + random.nextInt(2));
        }
    }

    private static List<StaffMember> with(List<StaffMember> staff, Role role) {
        return staff.stream()
                .filter(member -> member.active() && member.has(role))
                .toList();
    }

    private static BigDecimal yuan(int amount) {
        return BigDecimal.valueOf(amount);
    }
}
