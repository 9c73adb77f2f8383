package io.aftersales.shared.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed links for customers (a survey, a booking page): the token carries the organisation, what it is about (a
 * follow-up, a customer) and the expiry, and an HMAC-SHA256 over them, so a link needs no look-up to be trusted and any
 * change to it is detected. The key is made on first use and kept in the database, so every instance signs and checks
 * with the same one. Each kind of link signs with a key of its own derived from that one, so a token of one kind is
 * never taken for another; survey links, the first kind, sign with the key itself, so those already sent stay valid.
 */
@Component
public class SignedLinks {

    /** What a link is for; its name derives the key it is signed with. */
    public enum Purpose {
        SURVEY,
        BOOKING
    }

    /** What a valid token names. */
    public record Claims(UUID organizationId, UUID subjectId, Instant expiresAt) {}

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAC_BYTES = 16;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private volatile byte @Nullable [] key;

    SignedLinks(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public String sign(Purpose purpose, UUID organizationId, UUID subjectId, Instant expiresAt) {
        byte[] payload = ByteBuffer.allocate(40)
                .putLong(organizationId.getMostSignificantBits())
                .putLong(organizationId.getLeastSignificantBits())
                .putLong(subjectId.getMostSignificantBits())
                .putLong(subjectId.getLeastSignificantBits())
                .putLong(expiresAt.getEpochSecond())
                .array();
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(payload) + "." + encoder.encodeToString(mac(purpose, payload));
    }

    /** The claims of a token that was signed here and not changed since; expiry is the caller's to check. */
    public Optional<Claims> verify(Purpose purpose, String token) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (payload.length != 40 || !MessageDigest.isEqual(mac(purpose, payload), signature)) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(payload);
            UUID organization = new UUID(buffer.getLong(), buffer.getLong());
            UUID subject = new UUID(buffer.getLong(), buffer.getLong());
            return Optional.of(new Claims(organization, subject, Instant.ofEpochSecond(buffer.getLong())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(Purpose purpose, byte[] payload) {
        byte[] key =
                purpose == Purpose.SURVEY ? key() : hmac(key(), purpose.name().getBytes(StandardCharsets.US_ASCII));
        return Arrays.copyOf(hmac(key, payload), MAC_BYTES);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            // In a transaction of its own: a lost race to create the key must not spoil the caller's.
            String secret;
            try {
                secret = ownTransaction.execute(status -> loadOrCreate());
            } catch (KeyRaceLost e) {
                secret = ownTransaction.execute(status -> loadOrCreate());
            }
            known = Base64.getDecoder().decode(secret);
            key = known;
        }
        return known;
    }

    private static final class KeyRaceLost extends RuntimeException {}

    private String loadOrCreate() {
        var existing = jdbc.queryForList("select secret from link_key where id = 1", String.class);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        try {
            jdbc.update(
                    "insert into link_key (id, secret) values (1, ?)",
                    Base64.getEncoder().encodeToString(fresh));
            return Base64.getEncoder().encodeToString(fresh);
        } catch (DuplicateKeyException e) {
            // Another instance made it first: use theirs (read after this transaction ends).
            throw new KeyRaceLost();
        }
    }
}
