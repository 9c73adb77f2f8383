package io.aftersales.organization.domain;

import java.time.Clock;
import java.util.UUID;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends every web session and API token of a user, on every instance: sessions live in the database, so deleting
 * them there signs the user out everywhere.
 */
@Component
public class SessionTerminator {

    private final FindByIndexNameSessionRepository<?> sessions;
    private final ApiTokenRepository tokens;
    private final Clock clock;

    SessionTerminator(FindByIndexNameSessionRepository<?> sessions, ApiTokenRepository tokens, Clock clock) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.clock = clock;
    }

    public void endAllOf(UUID userId, String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
        tokens.findByUserIdAndRevokedAtIsNull(userId).forEach(token -> token.revoke(clock.instant()));
    }
}
