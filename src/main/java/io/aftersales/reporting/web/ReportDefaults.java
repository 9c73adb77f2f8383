package io.aftersales.reporting.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.reporting.Reports;
import io.aftersales.shared.StoreId;
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
        return organization.visibleStores();
    }

    StoreId store(@Nullable StoreId storeId) {
        return organization.storeOrDefault(storeId);
    }
}
