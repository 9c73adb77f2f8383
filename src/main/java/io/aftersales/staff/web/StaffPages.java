package io.aftersales.staff.web;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.Paging;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.SignedInUser;
import java.util.List;

/** What the staff pages share: the stores their picker offers. */
final class StaffPages {

    private StaffPages() {}

    /** Every store of the organisation the signed-in user sees (all of them for HQ and admins). */
    static List<StoreView> visibleStores(OrganizationManagement organization) {
        SignedInUser me = CurrentUser.require();
        return organization.stores(null, 0, Paging.MAX_SIZE, null).items().stream()
                .filter(s -> me.canSeeStore(s.id()))
                .toList();
    }
}
