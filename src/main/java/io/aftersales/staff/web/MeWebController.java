package io.aftersales.staff.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.Paging;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.staff.Attendance;
import io.aftersales.staff.Certifications;
import io.aftersales.staff.CommissionStatementView;
import io.aftersales.staff.Commissions;
import io.aftersales.staff.ExpenseClaims;
import io.aftersales.staff.Training;
import io.aftersales.staff.TrainingResult;
import io.aftersales.staff.TrainingSessionView;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 我的: a person's own month on a phone, in the current store: days clocked and trip days, their commission statements
 * of the last three months, their latest expense claims, their certificates and their training.
 */
@Controller
class MeWebController {

    /** A session the person attended, with their result. */
    record MyTraining(TrainingSessionView session, TrainingResult result) {}

    private final Attendance attendance;
    private final Commissions commissions;
    private final ExpenseClaims expenses;
    private final Certifications certifications;
    private final Training training;
    private final OrganizationManagement organization;
    private final Clock clock;

    MeWebController(
            Attendance attendance,
            Commissions commissions,
            ExpenseClaims expenses,
            Certifications certifications,
            Training training,
            OrganizationManagement organization,
            Clock clock) {
        this.attendance = attendance;
        this.commissions = commissions;
        this.expenses = expenses;
        this.certifications = certifications;
        this.training = training;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/staff/me")
    String me(Model model) {
        SignedInUser me = CurrentUser.require();
        StoreId store = organization.storeOrDefault(null);
        YearMonth month = YearMonth.now(clock.withZone(organization.zoneOf(store)));
        model.addAttribute("month", month);
        model.addAttribute(
                "attendance",
                attendance.month(store, month).stream()
                        .filter(row -> row.personId().equals(me.userId()))
                        .findFirst()
                        .orElse(null));
        List<CommissionStatementView> statements = new ArrayList<>();
        for (int back = 0; back < 3; back++) {
            commissions.statements(store, month.minusMonths(back)).stream()
                    .filter(s -> s.personId().equals(me.userId()))
                    .forEach(statements::add);
        }
        model.addAttribute("commissions", statements);
        model.addAttribute(
                "claims",
                expenses.list(null, me.userId(), null, Paging.request(null, 5, 5))
                        .items());
        model.addAttribute(
                "certificates",
                certifications.list(store).stream()
                        .filter(c -> c.personId().equals(me.userId()))
                        .toList());
        List<MyTraining> trainings = new ArrayList<>();
        for (TrainingSessionView session :
                training.sessions(store, Paging.request(null, 20, 20)).items()) {
            session.attendees().stream()
                    .filter(a -> a.personId().equals(me.userId()))
                    .findFirst()
                    .ifPresent(a -> trainings.add(new MyTraining(session, a.result())));
        }
        model.addAttribute("trainings", trainings);
        return "staff/me";
    }
}
