package io.aftersales.shared.domain;

/** Something with the same natural key already exists; answers 409 and names the field. */
public class DuplicateException extends DomainException {

    public DuplicateException(String field, String messageKey, Object... args) {
        super("duplicate", field, messageKey, args);
    }
}
