package io.aftersales.feedback.web;

import io.aftersales.feedback.ComplaintFilter;
import io.aftersales.feedback.ComplaintManagement;
import io.aftersales.feedback.FollowUpFilter;
import io.aftersales.feedback.FollowUpManagement;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.web.HomeFigure;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Calls due today and overdue, complaints open and past their deadline, for the feedback desk. */
@Component
class FeedbackHomeFigures implements HomeFigure.Source {

    private final FollowUpManagement followUps;
    private final ComplaintManagement complaints;

    FeedbackHomeFigures(FollowUpManagement followUps, ComplaintManagement complaints) {
        this.followUps = followUps;
        this.complaints = complaints;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<HomeFigure> figures(SignedInUser user, StoreId store, Locale locale) {
        if (!user.isManager() && !user.hasRole(Role.SERVICE_ADVISOR) && !user.hasRole(Role.FOLLOW_UP_AGENT)) {
            return List.of();
        }
        return List.of(
                HomeFigure.count(
                        "home.figure.callsToday",
                        followUps
                                .search(new FollowUpFilter(store, null, null, null, null, "today"), 0, 1, null)
                                .total(),
                        "/follow-ups?everyone=true",
                        false),
                HomeFigure.count(
                        "home.figure.callsOverdue",
                        followUps
                                .search(new FollowUpFilter(store, null, null, null, null, "overdue"), 0, 1, null)
                                .total(),
                        "/follow-ups?view=overdue&everyone=true",
                        true),
                HomeFigure.count(
                        "home.figure.complaintsOpen",
                        complaints
                                .search(
                                        new ComplaintFilter(store, null, null, null, null, null, false, false, true),
                                        0,
                                        1,
                                        null)
                                .total(),
                        "/complaints",
                        false),
                HomeFigure.count(
                        "home.figure.complaintsLate",
                        complaints
                                .search(
                                        new ComplaintFilter(store, null, null, null, null, null, true, false, true),
                                        0,
                                        1,
                                        null)
                                .total(),
                        "/complaints?late=true",
                        true));
    }
}
