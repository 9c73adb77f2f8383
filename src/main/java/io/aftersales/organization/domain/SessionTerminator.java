package io.aftersales.organization.domain;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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
        endAllBut(userId, username, null);
    }

    /** Ends every session and token of the user except the web session of this request (after a password change). */
    public void endOthersOf(UUID userId, String username) {
        endAllBut(userId, username, currentSessionId());
    }

    private void endAllBut(UUID userId, String username, @Nullable String keep) {
        sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(sessions::deleteById);
        tokens.findByUserIdAndRevokedAtIsNull(userId).forEach(token -> token.revoke(clock.instant()));
    }

    private static @Nullable String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
