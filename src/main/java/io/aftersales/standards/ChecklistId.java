package io.aftersales.standards;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A checklist of a standard. */
public record ChecklistId(UUID value) implements Identifier {

    public ChecklistId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
