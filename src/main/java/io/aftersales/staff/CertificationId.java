package io.aftersales.staff;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A certificate a person holds. */
public record CertificationId(UUID value) implements Identifier {

    public CertificationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
