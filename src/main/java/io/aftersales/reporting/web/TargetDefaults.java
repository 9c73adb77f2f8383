package io.aftersales.reporting.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.reporting.Reports;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.CurrentStore;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.SignedInUser;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The month and store of the targets when none are asked for: this month, the current or first store. */
@Component
class TargetDefaults {

    private final Reports reports;
    private final OrganizationManagement organization;

    TargetDefaults(Reports reports, OrganizationManagement organization) {
        this.reports = reports;
        this.organization = organization;
    }

    YearMonth month(@Nullable YearMonth month) {
        return month != null ? month : YearMonth.from(reports.today());
    }

    StoreId store(@Nullable StoreId storeId) {
        if (storeId != null) {
            return storeId;
        }
        SignedInUser user = CurrentUser.require();
        return CurrentStore.find()
                .or(() -> user.storeIds().stream().findFirst())
                .orElseGet(() ->
                        organization.stores(null, 0, 1, null).items().get(0).id());
    }
}
