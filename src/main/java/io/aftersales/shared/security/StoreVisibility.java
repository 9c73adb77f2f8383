package io.aftersales.shared.security;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Store isolation of operational records, in one place. Entities that belong to a store carry
 * {@code @Filter(name = StoreVisibility.FILTER)}; the filter (declared in this package's {@code package-info}) is
 * on in every Hibernate session, also for loads by ID, and lets a user see only the stores they are assigned to.
 * Admins and HQ see every store of their organisation; system work (listeners, jobs) is not restricted by store.
 * A record of another store is then simply not found: 404, never 403, so IDs reveal nothing.
 */
public final class StoreVisibility {

    public static final String FILTER = "storeVisibility";

    /** The filter's parameter value meaning "no restriction". */
    static final String ALL = "*";

    private StoreVisibility() {}

    /** The stores the current user may see, as the filter's parameter: {@code *} or store IDs joined by commas. */
    public static final class VisibleStores implements Supplier<String> {

        @Override
        public String get() {
            return CurrentUser.find()
                    .map(user -> user.seesAllStores()
                            ? ALL
                            : user.storeIds().stream().map(UUID::toString).collect(Collectors.joining(",", ",", ",")))
                    .orElse(ALL);
        }
    }
}
