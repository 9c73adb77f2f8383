package io.aftersales.reporting.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.reporting.Reports;
import io.aftersales.shared.Paging;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.SignedInUser;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the reporting pages offer and assume: the stores the user may pick, and for the targets, this month and the
 * current or first store when none are asked for.
 */
@Component
class ReportDefaults {

    private final Reports reports;
    private final OrganizationManagement organization;

    ReportDefaults(Reports reports, OrganizationManagement organization) {
        this.reports = reports;
        this.organization = organization;
    }

    YearMonth month(@Nullable YearMonth month) {
        return month != null ? month : YearMonth.from(reports.today());
    }

    /** The month asked, or the last one over: a monthly ranking is of a month that has ended. */
    YearMonth lastMonth(@Nullable YearMonth month) {
        return month != null ? month : YearMonth.from(reports.today()).minusMonths(1);
    }

    List<StoreView> visibleStores() {
        SignedInUser me = CurrentUser.require();
        return organization.stores(null, 0, Paging.MAX_SIZE, null).items().stream()
                .filter(store -> me.canSeeStore(store.id()))
                .toList();
    }

    StoreId store(@Nullable StoreId storeId) {
        return organization.storeOrDefault(storeId);
    }
}
