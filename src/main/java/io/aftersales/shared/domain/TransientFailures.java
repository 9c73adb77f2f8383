package io.aftersales.shared.domain;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.StaleStateException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Failures that the same work, run again in a new transaction, gets past: another transaction changed a row this one
 * read (an entity's version moved on), a lock waited for too long, a deadlock, a serialization failure, and H2's
 * "concurrent update" (90131). Nothing of a failed attempt is committed, so running it again is safe. A version the
 * client sent that is out of date ({@link StaleVersionException}) is not transient: another attempt would fail too.
 * ADR 0015.
 */
public final class TransientFailures {

    /** How many times the work runs at most, the first included. */
    public static final int ATTEMPTS = 5;

    /** SQL states of a deadlock and a serialization failure (PostgreSQL, H2 and the standard). */
    private static final Set<String> STATES = Set.of("40001", "40P01");

    /** H2: lock timeout (50200), concurrent update (90131); its deadlock has SQL state 40001. */
    private static final Set<Integer> H2_CODES = Set.of(50200, 90131);

    private TransientFailures() {}

    /** Whether another attempt of the whole transaction may succeed where this one failed. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException) {
                return false;
            }
            if (cause instanceof ConcurrencyFailureException
                    || cause instanceof OptimisticLockException
                    || cause instanceof StaleStateException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (STATES.contains(sql.getSQLState()) || H2_CODES.contains(sql.getErrorCode()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code work} until it succeeds, fails for a reason that is not transient, or failed {@link #ATTEMPTS}
     * times; {@code beforeAgain} runs before each further attempt (to undo what the failed one left behind outside
     * the database, such as a half-written response). Waits a little, more each time and at random, between
     * attempts, so that the transactions that collided do not collide again.
     */
    public static <T extends @Nullable Object> T retry(Callable<T> work, Runnable beforeAgain) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
            }
            pause(attempt);
            beforeAgain.run();
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted before another attempt", e);
        }
    }
}
