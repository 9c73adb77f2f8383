package io.aftersales.shared.security;

import io.aftersales.shared.StoreId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The store a user is working in right now: chosen in the UI (kept in the session) or named by the API's
 * {@code X-Store-Id} header; by default the first store the user is assigned to. Only assigned stores count.
 */
public final class CurrentStore {

    public static final String HEADER = "X-Store-Id";
    public static final String SESSION_ATTRIBUTE = "aftersales.currentStore";

    private static final StoreId NONE = new StoreId(new UUID(0, 0));

    private CurrentStore() {}

    /** The current store, or one that no user works at when there is none (facades then answer "not found"). */
    public static StoreId findOrNone() {
        return find().orElse(NONE);
    }

    public static Optional<StoreId> find() {
        return CurrentUser.find().flatMap(user -> {
            Optional<StoreId> chosen = requested().filter(user.storeIds()::contains);
            return chosen.or(() -> user.storeIds().stream().findFirst());
        });
    }

    private static Optional<StoreId> requested() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return Optional.empty();
        }
        HttpServletRequest request = servlet.getRequest();
        String header = request.getHeader(HEADER);
        if (header != null) {
            return parse(header);
        }
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof UUID id
                ? Optional.of(new StoreId(id))
                : Optional.empty();
    }

    private static Optional<StoreId> parse(String value) {
        try {
            return Optional.of(new StoreId(UUID.fromString(value.trim())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
