package io.aftersales.shared.domain;

import java.util.UUID;
import org.hibernate.id.uuid.UuidVersion7Strategy;

/**
 * New record IDs: time-ordered UUIDs (version 7), made by the aggregate itself so that it knows its ID before it is
 * saved, and so that index inserts stay local on PostgreSQL.
 */
public final class Ids {

    private Ids() {}

    public static UUID newId() {
        return UuidVersion7Strategy.INSTANCE.generateUuid(null);
    }
}
