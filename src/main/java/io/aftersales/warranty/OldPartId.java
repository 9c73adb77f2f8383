package io.aftersales.warranty;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** An old part taken off under warranty, with its tag. */
public record OldPartId(UUID value) implements Identifier {

    public OldPartId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
