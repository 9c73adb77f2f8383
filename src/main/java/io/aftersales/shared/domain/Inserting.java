package io.aftersales.shared.domain;

/**
 * A repository fragment for aggregates with a version and collections: {@link #saveNew} writes a new aggregate at
 * once and reads back what is stored. Hibernate raises the version of a new aggregate while it writes its collections
 * in the same flush without raising it in memory, so a create answered from the saved object would carry a version
 * one below the stored one, and the client's first edit would be refused as stale. The name starts with "save" on
 * purpose: Spring Data publishes an aggregate's registered events only from methods so named, and a new work order's
 * or complaint's first event must not be dropped.
 */
public interface Inserting<T> {

    /** Stores a new aggregate now, publishes the events it registered, and returns it as stored (version included). */
    T saveNew(T aggregate);
}
