package io.aftersales.inventory;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A workshop tool that is checked out and returned. */
public record ToolId(UUID value) implements Identifier {

    public ToolId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
