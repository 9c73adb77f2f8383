package io.aftersales.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details ({@code application/problem+json}) with a {@code code} property and a detail in the user's
 * language; also written directly where no controller runs (the security filters).
 */
@Component
public class ProblemResponses {

    private final JsonMapper json;
    private final MessageSource messages;

    ProblemResponses(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** A problem whose detail is the message of {@code messageKey} in the request's language. */
    public ProblemDetail problem(HttpStatus status, String code, String messageKey, Object... args) {
        return withDetail(status, code, text(messageKey, args));
    }

    public String text(String messageKey, Object... args) {
        return messages.getMessage(messageKey, args, messageKey, LocaleContextHolder.getLocale());
    }

    /**
     * The errors of a form that did not bind or validate, in the request's language, each as "field: message" (the
     * field's label is the message {@code field.<name>} where there is one).
     */
    public String fieldErrors(Errors errors) {
        Locale locale = LocaleContextHolder.getLocale();
        return errors.getAllErrors().stream()
                .map(error -> {
                    String message = messages.getMessage(
                            new DefaultMessageSourceResolvable(
                                    error.getCodes(),
                                    error.getArguments(),
                                    error.getDefaultMessage() != null
                                            ? error.getDefaultMessage()
                                            : messages.getMessage("typeMismatch", null, "invalid", locale)),
                            locale);
                    if (!(error instanceof FieldError field)) {
                        return message;
                    }
                    String name = field.getField().replaceAll("\\[[^]]*]", "");
                    name = name.substring(name.lastIndexOf('.') + 1);
                    return messages.getMessage("field." + name, null, name, locale) + ": " + message;
                })
                .distinct()
                .collect(Collectors.joining("; "));
    }

    /** The {@code code} of a problem that has no more specific one: the status's name, e.g. {@code bad-request}. */
    static String code(HttpStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Whether the database refused a value as a data exception (SQL state class 22: a number or a text too large for
     * its column): what was sent does not fit, the client's error rather than a conflict.
     */
    static boolean valueOutOfRange(DataIntegrityViolationException ex) {
        return ex.getMostSpecificCause() instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("22");
    }

    static ProblemDetail withDetail(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + code));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }

    public void write(HttpServletResponse response, HttpStatus status, String code, String messageKey, Object... args)
            throws IOException {
        ProblemDetail problem = problem(status, code, messageKey, args);
        response.setStatus(status.value());
        // JSON is UTF-8 by definition; no charset parameter, as the MVC error answers have none either.
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
