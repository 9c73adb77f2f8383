package io.aftersales.shared.domain;

/**
 * A repository fragment for aggregates with a version and collections: {@link #insert} writes a new aggregate at once
 * and reads back what is stored. Hibernate raises the version of a new aggregate while it writes its collections in
 * the same flush without raising it in memory, so a create answered from the saved object would carry a version one
 * below the stored one, and the client's first edit would be refused as stale.
 */
public interface Inserting<T> {

    /** Stores a new aggregate now and returns it as stored (its version included). */
    T insert(T aggregate);
}
