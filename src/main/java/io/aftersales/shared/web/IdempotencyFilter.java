package io.aftersales.shared.web;

import io.aftersales.shared.domain.TransientFailures;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on the API POSTs listed in {@code aftersales.idempotency.endpoints} (ADR 0008): there a
 * key is required (400 without). A request runs in one transaction that ends by inserting the key's row with the
 * response, so the change and the record of it commit or vanish together; a retry with the same key and
 * body gets the stored response (header {@code Idempotency-Replayed: true}) and changes nothing, the same key with
 * another body is refused with 422, and a request that failed (4xx/5xx) is not stored, so it may be retried. Keys
 * are per organisation and kept for {@code aftersales.idempotency.ttl}. Only endpoints whose facade runs in the
 * caller's transaction may be listed (not, say, creating an organisation, which works across the tenant wall).
 */
@Component
@EnableConfigurationProperties(IdempotencyFilter.IdempotencyProperties.class)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotency-Replayed";

    /**
     * {@code aftersales.idempotency.*}.
     *
     * @param endpoints API paths whose POSTs take and need a key (exact paths); default: creating a work order and
     *     reserving stock
     * @param ttl how long a key and its response are kept (default 24 hours)
     */
    @ConfigurationProperties("aftersales.idempotency")
    record IdempotencyProperties(
            @DefaultValue({"/api/v1/work-orders", "/api/v1/stock/reservations"})
            Set<String> endpoints,

            @DefaultValue("PT24H") Duration ttl) {}

    private record Stored(
            String requestHash,
            int status,
            @Nullable String contentType,
            @Nullable String location,
            @Nullable String body) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ProblemResponses problems;
    private final IdempotencyProperties properties;
    private final Clock clock;

    IdempotencyFilter(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            ProblemResponses problems,
            IdempotencyProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.problems = problems;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !properties.endpoints().contains(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        SignedInUser user = CurrentUser.find().orElse(null);
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        if (key == null) {
            problems.write(response, HttpStatus.BAD_REQUEST, "idempotency-key-missing", "idempotency.missing");
            return;
        }
        if (key.isBlank() || key.length() > 100) {
            problems.write(response, HttpStatus.BAD_REQUEST, "idempotency-key-invalid", "idempotency.invalid");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String hash = hash(user, request, body);
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        KeyedCall call = new KeyedCall(user, key, hash, captured);
        request.setAttribute(KeyedCall.ATTRIBUTE, call);
        chain.doFilter(new CachedBody(request, body), captured);
        if (call.stored) {
            captured.copyBodyToResponse();
            return;
        }
        // Failed, or the key was used before: a retry of a request that succeeded (which now fails, e.g. for want
        // of stock, or has just been done again and rolled back) answers as the first did. A failure under a new key
        // is not kept, so the key stays free for a retry.
        Stored earlier = find(user, key);
        if (earlier == null) {
            if (call.keyTaken) {
                throw new IllegalStateException("Idempotency key taken, but no response stored under it");
            }
            captured.copyBodyToResponse();
            return;
        }
        // What the repeated attempt set on the response (status, Location, …) goes; the first answer goes out.
        response.reset();
        replay(earlier, hash, response);
    }

    /**
     * The handler of a request under a key, run by {@link KeyedHandlerAdapter} in one transaction that ends by
     * inserting the key's row with the response, so the change and the record of it commit or vanish together. A
     * transaction that fails for a {@linkplain TransientFailures transient} reason runs again, from a blank response
     * (ADR 0015); a failed request (4xx/5xx) rolls back.
     */
    final class KeyedCall {

        static final String ATTRIBUTE = KeyedCall.class.getName();

        private final SignedInUser user;
        private final String key;
        private final String hash;
        private final ContentCachingResponseWrapper captured;
        private boolean stored;
        private boolean keyTaken;

        private KeyedCall(SignedInUser user, String key, String hash, ContentCachingResponseWrapper captured) {
            this.user = user;
            this.key = key;
            this.hash = hash;
            this.captured = captured;
        }

        @Nullable
        ModelAndView run(Callable<@Nullable ModelAndView> handler) throws Exception {
            try {
                return TransientFailures.retry(() -> transactions.execute(status -> attempt(handler, status)), () -> {
                    captured.reset();
                    stored = false;
                });
            } catch (RuntimeException e) {
                // Whatever the failed attempt wrote goes: the exception's answer is the response.
                captured.reset();
                throw e instanceof HandlerFailed ? (Exception) e.getCause() : e;
            }
        }

        private @Nullable ModelAndView attempt(Callable<@Nullable ModelAndView> handler, TransactionStatus status) {
            ModelAndView result;
            try {
                result = handler.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new HandlerFailed(e);
            }
            if (captured.getStatus() >= 400) {
                status.setRollbackOnly();
                return result;
            }
            try {
                insert(user, key, hash, captured);
                stored = true;
            } catch (DataIntegrityViolationException e) {
                // The key was used before, or another request with it committed first: this one rolls back and
                // answers as that one did.
                status.setRollbackOnly();
                keyTaken = true;
            }
            return result;
        }
    }

    /** A checked exception of the handler, carried through the transaction and thrown again as it was. */
    private static final class HandlerFailed extends RuntimeException {
        HandlerFailed(Exception cause) {
            super(cause);
        }
    }

    private void replay(Stored earlier, String hash, HttpServletResponse response) throws IOException {
        if (!earlier.requestHash().equals(hash)) {
            problems.write(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "idempotency.reused");
            return;
        }
        response.setStatus(earlier.status());
        response.setHeader(REPLAYED, "true");
        if (earlier.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, earlier.location());
        }
        if (earlier.contentType() != null) {
            response.setContentType(earlier.contentType());
        }
        if (earlier.body() != null) {
            response.getOutputStream().write(earlier.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    private @Nullable Stored find(SignedInUser user, String key) {
        List<Stored> found = jdbc.query(
                "select request_hash, status, content_type, location, body from idempotency_key"
                        + " where organization_id = ? and idem_key = ?",
                (rs, row) ->
                        new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                user.organizationId(),
                key);
        return found.isEmpty() ? null : found.get(0);
    }

    private void insert(SignedInUser user, String key, String hash, ContentCachingResponseWrapper response) {
        jdbc.update(
                "insert into idempotency_key (organization_id, idem_key, request_hash, status, content_type, location,"
                        + " body, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                user.organizationId(),
                key,
                hash,
                response.getStatus(),
                response.getContentType(),
                response.getHeader(HttpHeaders.LOCATION),
                new String(response.getContentAsByteArray(), StandardCharsets.UTF_8),
                Timestamp.from(clock.instant()));
    }

    /** Forgets keys older than the time-to-live; returns how many. */
    int expire() {
        return jdbc.update(
                "delete from idempotency_key where created_at < ?",
                Timestamp.from(clock.instant().minus(properties.ttl())));
    }

    /**
     * What makes a repeat the same request: the same user, path, query and body. Another user's request with the same
     * key is refused as a reused key, so a stored answer never reaches anyone but the user it was made for.
     */
    private static String hash(SignedInUser user, HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((user.userId() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(
                    (request.getRequestURI() + "?" + request.getQueryString() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body read once and served again to the controller. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                /** The whole body is in memory: it is available at once, and then all read. */
                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
