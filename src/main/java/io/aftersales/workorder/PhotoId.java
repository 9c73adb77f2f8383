package io.aftersales.workorder;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A photo attached to a work order. */
public record PhotoId(UUID value) implements Identifier {

    public PhotoId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
