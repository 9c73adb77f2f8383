package io.aftersales.organization.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per username in the database, so the count holds across instances and restarts. Failures
 * older than the longest block no longer count.
 */
@Component
class LoginThrottle {

    private static final int KEY_LENGTH = 100;

    private record Row(int failures, Instant lastFailureAt) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final SecurityProperties.Throttle settings;
    private final Clock clock;

    LoginThrottle(
            JdbcTemplate jdbc, PlatformTransactionManager transactions, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = properties.throttle();
        this.clock = clock;
    }

    @Nullable
    Instant blockedUntil(String principal) {
        String key = fit(principal);
        List<OffsetDateTime> until = jdbc.query(
                "select blocked_until from login_throttle where principal_key = ? and blocked_until is not null",
                (rs, n) -> rs.getObject(1, OffsetDateTime.class),
                key);
        Instant now = clock.instant();
        return until.stream()
                .map(OffsetDateTime::toInstant)
                .filter(now::isBefore)
                .findFirst()
                .orElse(null);
    }

    /** Counts a failure for the key; from the {@code maxFailures}th on, the key is blocked for a while. */
    void recordFailure(String principal, int maxFailures) {
        String key = fit(principal);
        try {
            newTransaction.executeWithoutResult(status -> countFailure(key, maxFailures));
        } catch (DuplicateKeyException raced) {
            newTransaction.executeWithoutResult(status -> countFailure(key, maxFailures));
        }
    }

    void reset(String principal) {
        String key = fit(principal);
        newTransaction.executeWithoutResult(
                status -> jdbc.update("delete from login_throttle where principal_key = ?", key));
    }

    private void countFailure(String key, int maxFailures) {
        Instant now = clock.instant();
        List<Row> rows = jdbc.query(
                "select failures, last_failure_at from login_throttle where principal_key = ? for update",
                (rs, n) -> new Row(
                        rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()),
                key);
        boolean stale = rows.isEmpty()
                || rows.get(0).lastFailureAt().plus(settings.maxBlock()).isBefore(now);
        int failures = stale ? 1 : rows.get(0).failures() + 1;
        OffsetDateTime blockedUntil = failures >= maxFailures ? utc(now.plus(block(failures - maxFailures))) : null;
        if (rows.isEmpty()) {
            jdbc.update(
                    "insert into login_throttle (principal_key, failures, last_failure_at, blocked_until) values (?, ?, ?, ?)",
                    key,
                    failures,
                    utc(now),
                    blockedUntil);
        } else {
            jdbc.update(
                    "update login_throttle set failures = ?, last_failure_at = ?, blocked_until = ? where principal_key = ?",
                    failures,
                    utc(now),
                    blockedUntil,
                    key);
        }
    }

    private Duration block(int beyondLimit) {
        int doublings = Math.min(beyondLimit, 20);
        Duration block = settings.baseBlock().multipliedBy(1L << doublings);
        return block.compareTo(settings.maxBlock()) > 0 ? settings.maxBlock() : block;
    }

    /** Keys are at most as long as their column; a longer username is counted by its beginning. */
    private static String fit(String key) {
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
