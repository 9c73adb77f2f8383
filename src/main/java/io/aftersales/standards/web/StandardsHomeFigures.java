package io.aftersales.standards.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.web.HomeFigure;
import io.aftersales.standards.ActionStatus;
import io.aftersales.standards.ExecutionRate;
import io.aftersales.standards.StoreAudits;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * On the home page: managers see the store's execution rate this month and its overdue corrective actions; everyone
 * with corrective actions of their own sees how many are open.
 */
@Component
class StandardsHomeFigures implements HomeFigure.Source {

    private final StoreAudits audits;
    private final OrganizationManagement organization;
    private final Clock clock;

    StandardsHomeFigures(StoreAudits audits, OrganizationManagement organization, Clock clock) {
        this.audits = audits;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public List<HomeFigure> figures(SignedInUser user, StoreId store, Locale locale) {
        List<HomeFigure> figures = new ArrayList<>();
        if (user.isManager()) {
            ZoneId zone = organization.zoneOf(store);
            YearMonth month = YearMonth.now(clock.withZone(zone));
            String rate = audits.rates(month, month).stream()
                    .filter(r -> r.storeId().equals(store))
                    .map(ExecutionRate::averageScore)
                    .filter(Objects::nonNull)
                    .map(s -> s.stripTrailingZeros().toPlainString())
                    .findFirst()
                    .orElse("—");
            figures.add(new HomeFigure("home.figure.executionRate", rate, "/store-audits", false));
            figures.add(HomeFigure.count(
                    "home.figure.actionsOverdue",
                    audits.actions(store, null, false, true, 0, 1).total(),
                    "/corrective-actions?overdue=true",
                    true));
        }
        long mine = audits.actions(null, ActionStatus.OPEN, true, false, 0, 1).total();
        if (mine > 0) {
            figures.add(HomeFigure.count(
                    "home.figure.myActions", mine, "/corrective-actions?status=OPEN&mine=true", false));
        }
        return figures;
    }
}
