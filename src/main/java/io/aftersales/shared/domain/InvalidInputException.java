package io.aftersales.shared.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Input that a rule beyond bean validation rejects (a weak password, an unknown time zone); answers 400. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends DomainException {

    public InvalidInputException(String field, String messageKey, Object... args) {
        super("invalid-input", field, messageKey, args);
    }
}
