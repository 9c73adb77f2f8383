package io.aftersales.demo;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.staff.Certifications;
import io.aftersales.staff.CommissionBasis;
import io.aftersales.staff.CommissionRule;
import io.aftersales.staff.Commissions;
import io.aftersales.staff.ExpenseCategory;
import io.aftersales.staff.ExpenseClaimView;
import io.aftersales.staff.ExpenseClaims;
import io.aftersales.staff.ExpenseRule;
import io.aftersales.staff.NewCertification;
import io.aftersales.staff.NewExpenseClaim;
import io.aftersales.staff.NewTrainingSession;
import io.aftersales.staff.Skill;
import io.aftersales.staff.SkillRequirement;
import io.aftersales.staff.Training;
import io.aftersales.staff.TrainingOutcome;
import io.aftersales.staff.TrainingResult;
import io.aftersales.staff.TrainingSessionView;
import io.aftersales.workorder.ServiceType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo's certificates: each technician trained on the brand, one also for air conditioning and one whose
 * high-voltage certificate has run out; warranty jobs require the brand training and installations the high-voltage
 * one, so that a manager can see dispatch refuse a lead and dispatch anyway with a reason. Daily limits for lodging,
 * meals and the per diem, and a technician's expense claims at each step of their approval. Commission rules for
 * advisors (output value) and technicians (labour); a manager computes the statements (the figures are projected in
 * the background, so the demo does not compute them itself).
 */
@Component
class DemoStaff {

    private final Certifications certifications;
    private final ExpenseClaims expenses;
    private final Commissions commissions;
    private final Training training;
    private final OrganizationManagement organization;
    private final Clock clock;

    DemoStaff(
            Certifications certifications,
            ExpenseClaims expenses,
            Commissions commissions,
            Training training,
            OrganizationManagement organization,
            Clock clock) {
        this.certifications = certifications;
        this.expenses = expenses;
        this.commissions = commissions;
        this.training = training;
        this.organization = organization;
        this.clock = clock;
    }

    void load(DemoOrganization.Loaded demo) {
        SystemUser.callAs(demo.organizationId(), demo.storeIds(), () -> {
            LocalDate today = LocalDate.now(
                    clock.withZone(organization.zoneOf(demo.storeIds().get(0))));
            int n = 0;
            for (StoreId store : demo.storeIds()) {
                for (StaffMember technician : organization.staffOf(store)) {
                    if (!technician.has(Role.TECHNICIAN) || !technician.worksAt(store)) {
                        continue;
                    }
                    n++;
                    certify(technician, Skill.BRAND, "PP-2025-" + (100 + n), today.minusYears(1), today.plusYears(2));
                    if (n % 2 == 1) {
                        certify(
                                technician,
                                Skill.AIR_CONDITIONING,
                                "KT-" + (300 + n),
                                today.minusMonths(8),
                                today.plusDays(20));
                    } else {
                        certify(
                                technician,
                                Skill.HIGH_VOLTAGE,
                                "GY-" + (500 + n),
                                today.minusYears(3),
                                today.minusDays(12));
                    }
                }
            }
            certifications.require(List.of(
                    new SkillRequirement(ServiceType.WARRANTY, Skill.BRAND),
                    new SkillRequirement(ServiceType.INSTALLATION, Skill.HIGH_VOLTAGE)));
            expenses.setRules(List.of(
                    new ExpenseRule(ExpenseCategory.LODGING, new BigDecimal("350")),
                    new ExpenseRule(ExpenseCategory.MEALS, new BigDecimal("120")),
                    new ExpenseRule(ExpenseCategory.PER_DIEM, new BigDecimal("80"))));
            claims(demo, today);
            sessions(demo, today);
            commissions.setRules(List.of(
                    new CommissionRule(
                            Role.SERVICE_ADVISOR,
                            CommissionBasis.OUTPUT_VALUE,
                            List.of(tier("0", "1.5"), tier("30000", "2.5")),
                            new BigDecimal("3000")),
                    new CommissionRule(
                            Role.TECHNICIAN,
                            CommissionBasis.LABOUR,
                            List.of(tier("0", "8"), tier("20000", "10")),
                            new BigDecimal("2500"))));
            return null;
        });
    }

    /**
     * A technician's trip claim at each step: one paid, one approved by the manager and waiting for finance, one
     * waiting for the manager (over the lodging limit, with the reason), and a rejected one.
     */
    private void claims(DemoOrganization.Loaded demo, LocalDate today) {
        StoreId home = demo.storeIds().get(0);
        List<StaffMember> staff = organization.staffOf(home);
        StaffMember technician = first(staff, Role.TECHNICIAN, home);
        StaffMember manager = first(staff, Role.STORE_MANAGER, home);
        StaffMember finance = first(staff, Role.FINANCE, home);
        if (technician == null || manager == null || finance == null) {
            return;
        }
        LocalDate start = today.minusDays(20);
        List<ExpenseClaimView> filed = demo.as(
                technician,
                () -> List.of(
                        trip(
                                "苏州客户工厂空调机组现场维修",
                                start,
                                start.plusDays(1),
                                "上海—苏州—上海",
                                "R2026-0318",
                                null,
                                List.of(
                                        item(ExpenseCategory.TRANSPORT, start, "78.50", "高铁 上海—苏州"),
                                        item(ExpenseCategory.LODGING, start, "328.00", "酒店一晚"),
                                        item(ExpenseCategory.PER_DIEM, start, "80.00", null),
                                        item(ExpenseCategory.PER_DIEM, start.plusDays(1), "80.00", null),
                                        item(ExpenseCategory.TRANSPORT, start.plusDays(1), "78.50", "高铁 苏州—上海"))),
                        trip(
                                "无锡经销商新车 PDI 支援",
                                start.plusDays(6),
                                start.plusDays(8),
                                "上海—无锡—上海",
                                null,
                                null,
                                List.of(
                                        item(ExpenseCategory.TRANSPORT, start.plusDays(6), "320.00", "自驾油费及过路费"),
                                        item(ExpenseCategory.LODGING, start.plusDays(6), "340.00", null),
                                        item(ExpenseCategory.LODGING, start.plusDays(7), "340.00", null),
                                        item(ExpenseCategory.MEALS, start.plusDays(8), "96.00", null))),
                        trip(
                                "杭州展会期间客户车辆救援",
                                today.minusDays(3),
                                today.minusDays(2),
                                "上海—杭州—上海",
                                null,
                                "展会期间杭州酒店普遍上涨，已选最近的经济型酒店",
                                List.of(
                                        item(ExpenseCategory.TRANSPORT, today.minusDays(3), "146.00", "高铁往返"),
                                        item(ExpenseCategory.LODGING, today.minusDays(3), "780.00", "展会期间酒店"))),
                        trip(
                                "配件紧急采购（个人垫付）",
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of(item(ExpenseCategory.MATERIALS, today.minusDays(9), "64.00", "密封胶两支，无发票")))));
        demo.as(manager, () -> {
            expenses.approve(filed.get(0).id(), 0);
            expenses.approve(filed.get(1).id(), 0);
            return expenses.reject(filed.get(3).id(), 0, "无发票，请补开后重新提交");
        });
        demo.as(finance, () -> {
            expenses.approve(filed.get(0).id(), 1);
            return expenses.pay(filed.get(0).id(), 2);
        });
    }

    /**
     * A past session of the first store on service manners with its results, and a high-voltage refresher planned at
     * the second, whose technician's certificate has run out.
     */
    private void sessions(DemoOrganization.Loaded demo, LocalDate today) {
        StoreId first = demo.storeIds().get(0);
        List<UserId> crew = organization.staffOf(first).stream()
                .filter(m -> m.worksAt(first) && (m.has(Role.TECHNICIAN) || m.has(Role.SERVICE_ADVISOR)))
                .map(StaffMember::id)
                .toList();
        if (!crew.isEmpty()) {
            TrainingSessionView manners = training.record(new NewTrainingSession(
                    first, "接车流程与服务礼仪", null, today.minusDays(10), "王店长", new BigDecimal("2"), null, crew));
            int score = 84;
            List<TrainingOutcome> outcomes = new ArrayList<>();
            for (UserId person : crew) {
                outcomes.add(new TrainingOutcome(person, TrainingResult.ATTENDED, score, null));
                score += 5;
            }
            training.results(manners.id(), outcomes);
        }
        StoreId second = demo.storeIds().get(1);
        List<UserId> technicians = organization.staffOf(second).stream()
                .filter(m -> m.worksAt(second) && m.has(Role.TECHNICIAN))
                .map(StaffMember::id)
                .toList();
        if (!technicians.isEmpty()) {
            training.record(new NewTrainingSession(
                    second,
                    "高压电安全作业复训",
                    Skill.HIGH_VOLTAGE,
                    today.plusDays(7),
                    "厂家培训中心",
                    new BigDecimal("6"),
                    24,
                    technicians));
        }
    }

    private ExpenseClaimView trip(
            String purpose,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String route,
            @Nullable String reference,
            @Nullable String reason,
            List<NewExpenseClaim.Item> items) {
        return expenses.file(new NewExpenseClaim(null, purpose, from, to, route, reference, reason, items));
    }

    private static CommissionRule.Tier tier(String from, String ratePercent) {
        return new CommissionRule.Tier(new BigDecimal(from), new BigDecimal(ratePercent));
    }

    private static NewExpenseClaim.Item item(
            ExpenseCategory category, LocalDate day, String amount, @Nullable String description) {
        return new NewExpenseClaim.Item(category, day, new BigDecimal(amount), description);
    }

    private static @Nullable StaffMember first(List<StaffMember> staff, Role role, StoreId store) {
        return staff.stream()
                .filter(m -> m.has(role) && m.worksAt(store) && m.active())
                .findFirst()
                .orElse(null);
    }

    private void certify(StaffMember person, Skill skill, String number, LocalDate from, LocalDate until) {
        certifications.add(new NewCertification(person.id(), skill, number, from, until, null));
    }
}
