/**
 * The signed-in principal, tenancy (one organisation per request) and store visibility (see {@link
 * io.aftersales.shared.security.StoreVisibility}).
 */
@FilterDef(
        name = StoreVisibility.FILTER,
        applyToLoadByKey = true,
        defaultCondition = "position(concat(',', cast(store_id as varchar(36)), ',') in :visibleStores) > 0",
        parameters = @ParamDef(name = "visibleStores", type = String.class))
@NullMarked
package io.aftersales.shared.security;

import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
import org.jspecify.annotations.NullMarked;
