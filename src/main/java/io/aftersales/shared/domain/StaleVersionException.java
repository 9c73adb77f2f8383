package io.aftersales.shared.domain;

/** The client acted on an old version of a record that someone else has changed since; answers 409. */
public class StaleVersionException extends DomainException {

    public StaleVersionException(long expected, long actual) {
        super("stale-version", "error.staleVersion", expected, actual);
    }

    /** Refuses a change made against a version other than the current one. */
    public static void check(long expected, long actual) {
        if (expected != actual) {
            throw new StaleVersionException(expected, actual);
        }
    }
}
