package io.aftersales.shared.domain;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that breaks a business rule or an aggregate's lifecycle: it changed nothing and answers 409. The message
 * is a message-bundle key so that the UI and the API can say why in the user's language.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class DomainException extends RuntimeException {

    private final String code;
    private final String messageKey;
    private final Object[] args;
    private final @Nullable String field;

    public DomainException(String code, String messageKey, Object... args) {
        this(code, null, messageKey, args);
    }

    protected DomainException(String code, @Nullable String field, String messageKey, Object... args) {
        super(code + ": " + messageKey);
        this.code = code;
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** Machine-readable kind of problem, e.g. {@code illegal-transition}; the last segment of the problem type. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Facts a client can act on, added to the problem details (e.g. {@code available} stock). */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** The input field the problem is about, if any, so a form can show it beside that field. */
    public @Nullable String field() {
        return field;
    }
}
