package io.aftersales.feedback;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A customer complaint (投诉). */
public record ComplaintId(UUID value) implements Identifier {

    public ComplaintId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
