package io.aftersales.organization.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.aftersales.organization.PasswordChanged;
import io.aftersales.organization.UserDeactivated;
import io.aftersales.organization.domain.ApiToken;
import io.aftersales.organization.domain.ApiTokenRepository;
import io.aftersales.organization.domain.AppUser;
import io.aftersales.organization.domain.UserRepository;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.shared.security.TenantContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Issues, checks and revokes API bearer tokens. The database keeps only a SHA-256 of each token. */
@Component
public class TokenService {

    public record Issued(String token, Instant expiresAt) {}

    /** A user found for a token hash, and until when the token is valid. */
    private record Checked(SignedInUser user, Instant expiresAt) {}

    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Checked> checked;
    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final AuditTrail auditTrail;
    private final TransactionTemplate transactions;
    private final SecurityProperties properties;
    private final Clock clock;

    TokenService(
            ApiTokenRepository tokens,
            UserRepository users,
            AuditTrail auditTrail,
            TransactionTemplate transactions,
            SecurityProperties properties,
            Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.auditTrail = auditTrail;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        this.checked = Caffeine.newBuilder()
                .expireAfterWrite(properties.tokenCacheTtl())
                .maximumSize(10_000)
                .build();
    }

    /** A new token for the signed-in user. */
    @Transactional
    public Issued issue() {
        SignedInUser user = CurrentUser.require();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        ApiToken saved = tokens.save(new ApiToken(
                user.organizationId().value(),
                user.userId().value(),
                hash(token),
                now,
                now.plus(properties.tokenTtl())));
        auditTrail.record("ISSUE_TOKEN", "User", user.userId(), null);
        return new Issued(token, saved.expiresAt());
    }

    /**
     * The user a valid token belongs to, if the token is known, unexpired, unrevoked and the user active. A token found
     * valid is trusted for {@code aftersales.security.token-cache-ttl} without asking the database again.
     */
    public Optional<SignedInUser> authenticate(String token) {
        Instant now = clock.instant();
        String hash = hash(token);
        Checked known = checked.getIfPresent(hash);
        if (known != null && now.isBefore(known.expiresAt())) {
            return Optional.of(known.user());
        }
        Optional<Checked> found =
                TenantContext.callAsSystem(() -> transactions.execute(status -> tokens.findByTokenHash(hash)
                        .filter(t -> t.validAt(now))
                        .flatMap(t -> users.findById(t.userId())
                                .filter(AppUser::active)
                                .map(user -> {
                                    SignedInUser signedIn = user.toSignedInUser();
                                    signedIn.eraseCredentials();
                                    return new Checked(signedIn, t.expiresAt());
                                }))));
        found.ifPresent(c -> checked.put(hash, c));
        return found.map(Checked::user);
    }

    /** A deactivated user's tokens, and those of a user who changed their password, stop working here at once. */
    @EventListener({UserDeactivated.class, PasswordChanged.class})
    void forgetCheckedTokens() {
        checked.invalidateAll();
    }

    @Transactional
    public void revoke(String token) {
        tokens.findByTokenHash(hash(token)).ifPresent(t -> t.revoke(clock.instant()));
        checked.invalidate(hash(token));
    }

    public Clock clock() {
        return clock;
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
