package io.aftersales.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.domain.TransientFailures;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

class TransientFailuresTests {

    @Test
    void concurrencyFailuresAreTransientWhereverTheyAreInTheChain() {
        assertThat(TransientFailures.isTransient(new ObjectOptimisticLockingFailureException("Asset", "id")))
                .isTrue();
        assertThat(TransientFailures.isTransient(new CannotAcquireLockException("lock")))
                .isTrue();
        // H2's "concurrent update" and lock time-out, PostgreSQL's deadlock and serialization failure, wrapped.
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("Concurrent update", "90131", 90131))))
                .isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("Timeout", "HYT00", 50200))))
                .isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("deadlock detected", "40P01"))))
                .isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("could not serialize", "40001"))))
                .isTrue();
    }

    @Test
    void aStaleVersionOfTheClientAndBrokenConstraintsAreNot() {
        assertThat(TransientFailures.isTransient(new StaleVersionException(1, 2)))
                .isFalse();
        assertThat(TransientFailures.isTransient(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("unique", "23505"))))
                .isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("bug")))
                .isFalse();
    }

    @Test
    void transientFailuresRunAgainUntilTheWorkSucceeds() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger cleanUps = new AtomicInteger();

        String result = TransientFailures.retry(
                () -> {
                    if (attempts.incrementAndGet() < 3) {
                        throw new CannotAcquireLockException("busy");
                    }
                    return "done";
                },
                cleanUps::incrementAndGet);

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(3);
        assertThat(cleanUps).hasValue(2);
    }

    @Test
    void aFailureThatIsNotTransientOrPersistsIsThrown() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> TransientFailures.retry(
                        () -> {
                            attempts.incrementAndGet();
                            throw new CannotAcquireLockException("always busy");
                        },
                        () -> {}))
                .isInstanceOf(CannotAcquireLockException.class);
        assertThat(attempts).hasValue(TransientFailures.ATTEMPTS);

        attempts.set(0);
        assertThatThrownBy(() -> TransientFailures.retry(
                        () -> {
                            attempts.incrementAndGet();
                            throw new StaleVersionException(1, 2);
                        },
                        () -> {}))
                .isInstanceOf(StaleVersionException.class);
        assertThat(attempts).hasValue(1);
    }

    private static RuntimeException wrapped(SQLException cause) {
        return new RuntimeException("could not execute statement", cause);
    }
}
