package io.aftersales.organization.security;

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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Issues, checks and revokes API bearer tokens. The database keeps only a SHA-256 of each token. */
@Component
public class TokenService {

    public record Issued(String token, Instant expiresAt) {}

    private final SecureRandom random = new SecureRandom();
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
    }

    /** A new token for the signed-in user. */
    @Transactional
    public Issued issue() {
        SignedInUser user = CurrentUser.require();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        ApiToken saved = tokens.save(
                new ApiToken(user.organizationId(), user.userId(), hash(token), now, now.plus(properties.tokenTtl())));
        auditTrail.record("ISSUE_TOKEN", "User", user.userId(), null);
        return new Issued(token, saved.expiresAt());
    }

    /** The user a valid token belongs to, if the token is known, unexpired, unrevoked and the user active. */
    public Optional<SignedInUser> authenticate(String token) {
        Instant now = clock.instant();
        return TenantContext.callAsSystem(() -> transactions.execute(status -> tokens.findByTokenHash(hash(token))
                .filter(t -> t.validAt(now))
                .flatMap(t -> users.findById(t.userId()))
                .filter(AppUser::active)
                .map(AppUser::toSignedInUser)
                .map(user -> {
                    user.eraseCredentials();
                    return user;
                })));
    }

    @Transactional
    public void revoke(String token) {
        tokens.findByTokenHash(hash(token)).ifPresent(t -> t.revoke(clock.instant()));
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
